package org.tiaojie.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.tiaojie.casework.shared.Digests;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes a case-file bundle (卷宗) as one PDF/A-2b: cover, index (卷内目录) with the page numbers
 * the items really got, the items in order, and a closing note (备考表) listing each source file
 * with its SHA-256. Content pages are numbered continuously from 1; the cover, index and note
 * are not, as archives do. Pages are kept in temporary files, not on the heap, and the PDF
 * streams to the caller's output.
 */
public final class BundleWriter {

    /** Something filed in the bundle. */
    public sealed interface Item {
        String title();
    }

    /** A generated document. */
    public record DocItem(String title, Doc doc) implements Item {
    }

    /**
     * A document as it was kept (the version printed and signed, {@code note} says which), its pages placed
     * as they are, not laid out again.
     */
    public record StoredItem(String title, String note, Supplier<byte[]> pdf) implements Item {
    }

    /**
     * An uploaded file: a JPEG or PNG is placed on a page, a PDF's pages are placed one by one; {@code note} is the
     * index's remark (原件, or 签字件扫描 for the signed paper of a document).
     */
    public record FileItem(String title, String fileName, String contentType, Supplier<byte[]> bytes, String note)
            implements Item {

        public FileItem(String title, String fileName, String contentType, Supplier<byte[]> bytes) {
            this(title, fileName, contentType, bytes, "原件");
        }
    }

    /**
     * Where an item landed: content page numbers (1-based), for files the file's hash, and a remark for the
     * index (原件, 存档第2版).
     */
    public record Entry(int seq, String title, int firstPage, int lastPage, String fileName, String sha256,
            String note) {
        public String pages() {
            return firstPage == lastPage ? String.valueOf(firstPage) : firstPage + "-" + lastPage;
        }
    }

    /** The finished bundle: its content pages, all pages, and the index. */
    public record Result(int contentPages, int totalPages, List<Entry> entries) {
    }

    /** Builds the cover, index and closing note once the items' pages are known. */
    public interface Frame {
        Doc cover(int contentPages, List<Entry> entries);

        Doc index(List<Entry> entries);

        Doc closing(int contentPages, List<Entry> entries);

        /** The back cover (封底), the bundle's last page. */
        Doc back(int contentPages);
    }

    private static final float EVIDENCE_DPI = 150;

    private final DocumentFonts fonts;

    public BundleWriter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Writes the bundle to {@code out}; {@code progress} hears (items done, items in all) as each
     * item is laid out. Characters the fonts lack are reported before any page is drawn.
     */
    public Result write(String title, String issuer, Instant at, List<Item> items, Frame frame, OutputStream out,
            BiConsumer<Integer, Integer> progress) {
        for (Item item : items) {
            switch (item) {
                case DocItem d -> fonts.check(d.doc().fields());
                case FileItem f -> fonts.check(java.util.Map.of("材料名称", f.title(), "原件文件名", f.fileName(),
                        "备注", f.note()));
                case StoredItem s -> fonts.check(java.util.Map.of("材料名称", s.title(), "备注", s.note()));
            }
        }
        DocumentFonts.FontPair pair = fonts.lease();
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Typesetter typesetter = new Typesetter(pdf, pair);
            org.apache.pdfbox.multipdf.LayerUtility layers = new org.apache.pdfbox.multipdf.LayerUtility(pdf);
            List<Entry> entries = new ArrayList<>();
            int seq = 0;
            for (Item item : items) {
                int first = pdf.getNumberOfPages();
                String sha = null;
                String fileName = null;
                String note = "";
                switch (item) {
                    case DocItem d -> typesetter.set(d.doc());
                    case FileItem f -> {
                        byte[] bytes = f.bytes().get();
                        sha = Digests.sha256(bytes);
                        fileName = f.fileName();
                        note = f.note();
                        typesetter.set(filePages(f, bytes));
                    }
                    case StoredItem s -> {
                        PDDocument source = Loader.loadPDF(s.pdf().get());
                        sources.add(source);
                        for (int i = 0; i < source.getNumberOfPages(); i++) {
                            var form = layers.importPageAsForm(source, i);
                            PDPage page = new PDPage(source.getPage(i).getMediaBox());
                            pdf.addPage(page);
                            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                                cs.drawForm(form);
                            }
                        }
                        note = s.note();
                    }
                }
                seq++;
                entries.add(new Entry(seq, item.title(), first + 1, pdf.getNumberOfPages(), fileName, sha, note));
                progress.accept(seq, items.size());
            }
            int content = pdf.getNumberOfPages();
            typesetter.numberCorners(0, content, 1, content);

            Doc cover = frame.cover(content, entries);
            Doc index = frame.index(entries);
            Doc closing = frame.closing(content, entries);
            Doc back = frame.back(content);
            fonts.check(cover.fields());
            fonts.check(index.fields());
            fonts.check(closing.fields());
            fonts.check(back.fields());
            int coverPages = typesetter.set(cover);
            int indexPages = typesetter.set(index);
            int closingPages = typesetter.set(closing);
            typesetter.set(back);
            // cover and index go in front of the content
            PDPageTree pages = pdf.getPages();
            List<PDPage> front = new ArrayList<>();
            for (int i = 0; i < coverPages + indexPages; i++) {
                front.add(pages.get(content + i));
            }
            PDPage firstContent = pages.get(0);
            for (PDPage page : front) {
                pages.remove(page);
                pages.insertBefore(page, firstContent);
            }
            outline(pdf, coverPages, indexPages, content, closingPages, entries);
            typesetter.finish();
            Archival.apply(pdf, title, issuer, at);
            Typesetter.save(pdf, out);
            return new Result(content, pdf.getNumberOfPages(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // read-only copies of kept documents
                }
            }
            fonts.release(pair);
        }
    }

    /** An uploaded file as pages: a picture, or each page of a PDF as a picture at 150 dpi. */
    private static Doc filePages(FileItem f, byte[] bytes) throws IOException {
        Doc.Builder doc = Doc.builder(f.title(), "");
        if (!"application/pdf".equals(f.contentType())) {
            doc.add(new Block.Image("原件：" + f.fileName(), bytes));
            return doc.build();
        }
        // an uploaded PDF's own fonts and colours are unknown; drawn as pictures the bundle stays PDF/A
        byte[][] pages;
        try {
            pages = rasterize(bytes);
        } catch (IOException e) {
            doc.paragraph("说明", "原件“" + f.fileName() + "”无法读取（文件可能已加密或损坏），请核对原件，其SHA-256见备考表。");
            return doc.build();
        }
        for (int i = 0; i < pages.length; i++) {
            doc.add(new Block.Image("原件：" + f.fileName() + "（第" + (i + 1) + "页，共" + pages.length + "页）", pages[i]));
        }
        return doc.build();
    }

    /**
     * Each page of a PDF as a JPEG at 150 dpi. Rendering dominates a bundle's time, and a PDFBox
     * document renders on one thread only, so each worker opens its own copy and takes every
     * other page.
     */
    private static byte[][] rasterize(byte[] bytes) throws IOException {
        int n;
        try (PDDocument source = Loader.loadPDF(bytes)) {
            n = source.getNumberOfPages();
        }
        byte[][] pages = new byte[n][];
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.min(n, 4)));
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int first = w;
                jobs.add(pool.submit(() -> {
                    try (PDDocument source = Loader.loadPDF(bytes)) {
                        PDFRenderer renderer = new PDFRenderer(source);
                        for (int i = first; i < n; i += workers) {
                            byte[] scan = scannedJpeg(source.getPage(i));
                            if (scan != null) {
                                pages[i] = scan;
                                continue;
                            }
                            BufferedImage image = renderer.renderImage(i, EVIDENCE_DPI / 72f, ImageType.RGB);
                            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
                            ImageIO.write(image, "jpeg", jpeg);
                            pages[i] = jpeg.toByteArray();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return pages;
    }

    /**
     * The page's JPEG as it is, when the page is nothing but one scanned JPEG picture (what a
     * scanner writes): no decoding, no re-encoding, no loss. Null when the page draws anything else
     * (text, lines, a second picture), which is then rendered.
     */
    private static byte[] scannedJpeg(PDPage page) throws IOException {
        var resources = page.getResources();
        if (resources == null || resources.getFontNames().iterator().hasNext()
                || resources.getShadingNames().iterator().hasNext() || resources.getPatternNames().iterator().hasNext()) {
            return null;
        }
        List<org.apache.pdfbox.cos.COSName> names = new ArrayList<>();
        resources.getXObjectNames().forEach(names::add);
        if (names.size() != 1
                || !(resources.getXObject(names.getFirst()) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image)) {
            return null;
        }
        var filters = image.getCOSObject().getFilters();
        boolean dct = filters instanceof org.apache.pdfbox.cos.COSName name
                ? org.apache.pdfbox.cos.COSName.DCT_DECODE.equals(name)
                : filters instanceof org.apache.pdfbox.cos.COSArray array && array.size() == 1
                        && org.apache.pdfbox.cos.COSName.DCT_DECODE.equals(array.getObject(0));
        if (!dct || image.getDecode() != null || image.getColorSpace().getNumberOfComponents() == 4) {
            return null;
        }
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op
                    && !java.util.Set.of("q", "Q", "cm", "Do").contains(op.getName())) {
                return null;
            }
        }
        try (var raw = image.getCOSObject().createRawInputStream()) {
            return raw.readAllBytes();
        }
    }

    private static void outline(PDDocument pdf, int coverPages, int indexPages, int content, int closingPages,
            List<Entry> entries) {
        PDDocumentOutline outline = new PDDocumentOutline();
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        int offset = coverPages + indexPages;
        outline.addLast(item(pdf, "封面", 0));
        outline.addLast(item(pdf, "卷内目录", coverPages));
        for (Entry e : entries) {
            outline.addLast(item(pdf, e.seq() + " " + e.title(), offset + e.firstPage() - 1));
        }
        outline.addLast(item(pdf, "备考表", offset + content));
        outline.addLast(item(pdf, "封底", offset + content + closingPages));
        outline.openNode();
    }

    private static PDOutlineItem item(PDDocument pdf, String title, int pageIndex) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(pdf.getPage(Math.min(pageIndex, pdf.getNumberOfPages() - 1)));
        item.setDestination(dest);
        return item;
    }
}
