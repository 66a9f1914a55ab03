package org.tiaojie.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays documents out on A4 pages of one PDF: margins after the national standard for official
 * documents (GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right, slightly reduced here
 * for forms), a 22 pt bold Song-style title, 14 pt body text (四号) justified on the Chinese grid,
 * 12 pt tables. Each document starts on a new page; page numbers are stamped afterwards by
 * {@link #numberPages}, when the total is known.
 */
public final class Typesetter implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final PDRectangle A4 = PDRectangle.A4;
    static final float TOP = 30 * MM;
    static final float BOTTOM = 28 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    static final float WIDTH = A4.getWidth() - LEFT - RIGHT;
    static final float TITLE = 22;
    static final float BODY = 14;
    static final float TABLE = 12;
    static final float SMALL = 10.5f;
    static final float LEADING = 1.75f;
    static final float PAD = 4;

    private final PDDocument pdf;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();
    private final DocumentFonts.FontPair fonts;
    private final Map<Integer, Integer> regularUsed = new TreeMap<>();
    private final Map<Integer, Integer> boldUsed = new TreeMap<>();
    private PDPageContentStream cs;
    private float y;

    public Typesetter(PDDocument pdf, DocumentFonts.FontPair fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
        try {
            this.regular = PDType0Font.load(pdf, fonts.regular(), true);
            this.bold = PDType0Font.load(pdf, fonts.bold(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out a document from a new page; returns the number of pages it took. */
    public int set(Doc doc) {
        int before = pdf.getNumberOfPages();
        newPage();
        title(doc.title());
        for (Block block : doc.blocks()) {
            switch (block) {
                case Block.Aligned a -> aligned(a);
                case Block.Heading h -> heading(h.text());
                case Block.Paragraph p -> paragraph(p);
                case Block.Table t -> table(t);
                case Block.Signatures s -> signatures(s);
                case Block.Seal s -> seal(s);
                case Block.Image i -> image(i);
                case Block.Gap g -> y -= Math.min(g.points(), y - BOTTOM);
            }
        }
        endPage();
        return pdf.getNumberOfPages() - before;
    }

    /**
     * Stamps “第 X 页 共 Y 页” at the foot of pages {@code from} (0-based) to {@code to} (exclusive),
     * counting from {@code firstNumber}; a bundle numbers all its pages in one run.
     */
    public void numberPages(int from, int to, int firstNumber, int total) {
        try {
            for (int i = from; i < to; i++) {
                PDPage page = pdf.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(pdf, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = "第 " + (firstNumber + i - from) + " 页 共 " + total + " 页";
                    float w = width(text, regular, SMALL);
                    foot.beginText();
                    foot.setFont(regular, SMALL);
                    foot.setNonStrokingColor(0f, 0f, 0f);
                    foot.newLineAtOffset((A4.getWidth() - w) / 2, BOTTOM / 2);
                    foot.showText(text);
                    used(regular, text);
                    foot.endText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stamps a bundle's page numbers (档案页号) in the top right corner of pages {@code from} to {@code to}
     * (exclusive), counting from {@code firstNumber}: above the text, so a filed document keeps its own
     * page footer readable beneath.
     */
    public void numberCorners(int from, int to, int firstNumber, int total) {
        try {
            for (int i = from; i < to; i++) {
                PDPage page = pdf.getPage(i);
                try (PDPageContentStream corner = new PDPageContentStream(pdf, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = "第 " + (firstNumber + i - from) + " 页 共 " + total + " 页";
                    float w = width(text, regular, SMALL);
                    float pageWidth = page.getMediaBox().getWidth();
                    float pageHeight = page.getMediaBox().getHeight();
                    corner.beginText();
                    corner.setFont(regular, SMALL);
                    corner.setNonStrokingColor(0f, 0f, 0f);
                    corner.newLineAtOffset(pageWidth - RIGHT - w, pageHeight - TOP / 2);
                    corner.showText(text);
                    used(regular, text);
                    corner.endText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        endPage();
    }

    /**
     * Subsets the fonts and writes their ToUnicode maps from the characters actually shown.
     * PDFBox maps a glyph back to its lowest code point, and Noto gives 人 and the Kangxi radical
     * ⼈ (U+2F08) one glyph, so copied or extracted text would read ⼈⺠ for 人民 and a court clerk
     * searching a bundle would find nothing. Call once, after the last page is stamped, and write
     * the document with {@link #save}, which does not subset a second time.
     */
    public void finish() {
        endPage();
        try {
            for (PDType0Font font : List.of(regular, bold)) {
                Map<Integer, Integer> used = font == regular ? regularUsed : boldUsed;
                if (!used.isEmpty()) {
                    font.subset();
                    font.getCOSObject().setItem(COSName.TO_UNICODE,
                            new PDStream(pdf, new ByteArrayInputStream(toUnicode(used)), COSName.FLATE_DECODE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a finished document (object streams, cross-reference stream) the way
     * {@code PDDocument.save} does, minus its font subsetting, which {@link #finish} has done.
     */
    public static void save(PDDocument pdf, OutputStream out) {
        try {
            pdf.getDocument().setIsXRefStream(true);
            new COSWriter(out, CompressParameters.DEFAULT_COMPRESSION).write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void used(PDType0Font font, String text) {
        Map<Integer, Integer> used = font == regular ? regularUsed : boldUsed;
        var map = font == regular ? fonts.regularMap() : fonts.boldMap();
        text.codePoints().forEach(cp -> used.putIfAbsent(map.getGlyphId(cp), cp));
    }

    /** A ToUnicode CMap: character id (the font's own glyph id) → the code point the text used. */
    private static byte[] toUnicode(Map<Integer, Integer> used) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(used.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, Integer>> chunk = entries.subList(i, Math.min(i + 100, entries.size()));
            sb.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> e : chunk) {
                sb.append(String.format("<%04X> <", e.getKey()));
                for (char c : Character.toChars(e.getValue())) {
                    sb.append(String.format("%04X", (int) c));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------- blocks

    private void title(String text) {
        y -= 4;
        for (LineBreaker.Line line : LineBreaker.lines(text, WIDTH, WIDTH, cp -> w(bold, boldWidths, cp, TITLE))) {
            float lead = TITLE * 1.5f;
            ensure(lead);
            showLine(bold, TITLE, LEFT + (WIDTH - line.width()) / 2, lead, line.text(), 0);
            y -= lead;
        }
        y -= 10;
    }

    private void aligned(Block.Aligned a) {
        PDType0Font font = a.bold() ? bold : regular;
        Map<Integer, Float> widths = a.bold() ? boldWidths : regularWidths;
        for (String para : paragraphs(a.text())) {
            for (LineBreaker.Line line : LineBreaker.lines(para, WIDTH, cp -> w(font, widths, cp, BODY))) {
                float lead = BODY * LEADING;
                ensure(lead);
                float x = switch (a.align()) {
                    case LEFT -> LEFT;
                    case CENTER -> LEFT + (WIDTH - line.width()) / 2;
                    case RIGHT -> LEFT + WIDTH - line.width();
                };
                showLine(font, BODY, x, lead, line.text(), 0);
                y -= lead;
            }
        }
    }

    private void heading(String text) {
        y -= 6;
        float lead = BODY * LEADING;
        ensure(lead * 2); // a heading never ends a page alone
        for (LineBreaker.Line line : LineBreaker.lines(text, WIDTH, cp -> w(bold, boldWidths, cp, BODY))) {
            ensure(lead);
            showLine(bold, BODY, LEFT, lead, line.text(), 0);
            y -= lead;
        }
    }

    private void paragraph(Block.Paragraph p) {
        float lead = BODY * LEADING;
        String label = p.label() == null ? null : p.label() + "：";
        float labelWidth = label == null ? 0 : width(label, bold, BODY);
        boolean firstParagraph = true;
        for (String para : paragraphs(p.text())) {
            float indent = firstParagraph && label != null ? labelWidth : p.indent() ? 2 * BODY : 0;
            List<LineBreaker.Line> lines = LineBreaker.lines(para, WIDTH - indent, WIDTH,
                    cp -> w(regular, regularWidths, cp, BODY));
            for (int i = 0; i < lines.size(); i++) {
                LineBreaker.Line line = lines.get(i);
                ensure(lead);
                float base = y - lead / 2 - BODY * 0.36f;
                float x = LEFT;
                if (i == 0) {
                    if (firstParagraph && label != null) {
                        show(bold, BODY, LEFT, base, label, 0);
                    }
                    x += indent;
                }
                float room = (i == 0 ? WIDTH - indent : WIDTH) - line.width();
                show(regular, BODY, x, base, line.text(), line.last() ? 0 : spacing(line.text(), room));
                y -= lead;
            }
            firstParagraph = false;
        }
    }

    private void table(Block.Table t) {
        float total = 0;
        for (Block.Column c : t.columns()) {
            total += c.weight();
        }
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * t.columns().get(i).weight() / total;
        }
        List<String> header = t.labelled() ? null : t.columns().stream().map(Block.Column::header).toList();
        y -= 4;
        if (header != null) {
            ensure(rowLines(header, widths, true).height() + rowHeightOfFirstLines(t));
            row(header, widths, true, false, null);
        }
        for (List<String> row : t.rows()) {
            row(row, widths, false, t.labelled(), header);
        }
        y -= 6;
    }

    private float rowHeightOfFirstLines(Block.Table t) {
        return t.rows().isEmpty() ? 0 : TABLE * 1.5f + 2 * PAD;
    }

    private record RowLines(List<List<LineBreaker.Line>> cells, int count, float lead) {
        float height() {
            return count * lead + 2 * PAD;
        }
    }

    private RowLines rowLines(List<String> cells, float[] widths, boolean header) {
        List<List<LineBreaker.Line>> wrapped = new ArrayList<>();
        int count = 1;
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            boolean b = header;
            List<LineBreaker.Line> lines = new ArrayList<>();
            for (String para : paragraphs(text)) {
                lines.addAll(LineBreaker.lines(para, widths[c] - 2 * PAD,
                        cp -> w(b ? bold : regular, b ? boldWidths : regularWidths, cp, TABLE)));
            }
            wrapped.add(lines);
            count = Math.max(count, lines.size());
        }
        return new RowLines(wrapped, count, TABLE * 1.5f);
    }

    /** One table row; moves to a new page (repeating the header) or splits when it does not fit. */
    private void row(List<String> cells, float[] columns, boolean header, boolean labelled, List<String> repeat) {
        float[] widths = spanned(cells.size(), columns);
        RowLines rl = rowLines(cells, widths, header);
        float page = A4.getHeight() - TOP - BOTTOM;
        int from = 0;
        while (from < rl.count()) {
            int left = rl.count() - from;
            int fit = (int) Math.floor((y - BOTTOM - 2 * PAD) / rl.lead());
            boolean wholeFitsFresh = left * rl.lead() + 2 * PAD <= page - headerHeight(repeat, columns);
            if (fit < 1 || (fit < left && wholeFitsFresh)) {
                newPage();
                if (repeat != null) {
                    row(repeat, columns, true, false, null);
                }
                continue;
            }
            int n = Math.min(fit, left);
            float h = n * rl.lead() + 2 * PAD;
            float x = LEFT;
            try {
                for (int c = 0; c < widths.length; c++) {
                    boolean label = header || labelled && c % 2 == 0;
                    if (label) {
                        cs.setNonStrokingColor(0.93f, 0.93f, 0.93f);
                        cs.addRect(x, y - h, widths[c], h);
                        cs.fill();
                        cs.setNonStrokingColor(0f, 0f, 0f);
                    }
                    cs.setStrokingColor(0f, 0f, 0f);
                    cs.setLineWidth(0.6f);
                    cs.addRect(x, y - h, widths[c], h);
                    cs.stroke();
                    List<LineBreaker.Line> lines = rl.cells().get(c);
                    float ly = y - PAD;
                    for (int i = from; i < Math.min(from + n, lines.size()); i++) {
                        LineBreaker.Line line = lines.get(i);
                        float lx = header ? x + (widths[c] - line.width()) / 2 : x + PAD;
                        float base = ly - rl.lead() / 2 - TABLE * 0.36f;
                        float room = widths[c] - 2 * PAD - line.width();
                        show(label ? bold : regular, TABLE, lx, base, line.text(),
                                header || line.last() ? 0 : spacing(line.text(), room));
                        ly -= rl.lead();
                    }
                    x += widths[c];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= h;
            from += n;
        }
    }

    /** A row with fewer cells than columns: its last cell spans the columns left over. */
    private static float[] spanned(int cells, float[] columns) {
        if (cells >= columns.length || cells == 0) {
            return columns;
        }
        float[] widths = java.util.Arrays.copyOf(columns, cells);
        for (int i = cells; i < columns.length; i++) {
            widths[cells - 1] += columns[i];
        }
        return widths;
    }

    private float headerHeight(List<String> header, float[] widths) {
        return header == null ? 0 : rowLines(header, widths, true).height();
    }

    private void signatures(Block.Signatures s) {
        float colWidth = WIDTH / 2;
        float lead = BODY * LEADING;
        float hintLead = SMALL * 1.6f;
        y -= 8;
        List<Block.Signatory> all = s.signatories();
        for (int i = 0; i < all.size(); i += 2) {
            List<List<LineBreaker.Line>> names = new ArrayList<>();
            int lines = 1;
            for (int k = 0; k < 2 && i + k < all.size(); k++) {
                Block.Signatory who = all.get(i + k);
                float roleWidth = width(who.role() + "：", bold, BODY);
                List<LineBreaker.Line> wrapped = LineBreaker.lines(who.name() == null ? "" : who.name(),
                        colWidth - 16 - roleWidth, colWidth - 16, cp -> w(regular, regularWidths, cp, BODY));
                names.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float rowHeight = lines * lead + hintLead + 26 + lead + 10;
            ensure(rowHeight);
            for (int k = 0; k < names.size(); k++) {
                Block.Signatory who = all.get(i + k);
                float x = LEFT + k * colWidth;
                float top = y;
                String role = who.role() + "：";
                showLine(bold, BODY, x, lead, role, 0);
                List<LineBreaker.Line> name = names.get(k);
                for (int n = 0; n < name.size(); n++) {
                    showLine(regular, BODY, n == 0 ? x + width(role, bold, BODY) : x, lead, name.get(n).text(), 0);
                    y -= lead;
                }
                y = top - lines * lead;
                try {
                    if (who.hint() != null) {
                        cs.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                        showLine(regular, SMALL, x, hintLead, who.hint(), 0);
                        cs.setNonStrokingColor(0f, 0f, 0f);
                    }
                    y -= hintLead + 26;
                    cs.setLineWidth(0.6f);
                    cs.moveTo(x, y + 6);
                    cs.lineTo(x + colWidth - 24, y + 6);
                    cs.stroke();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                showLine(regular, SMALL, x, lead, "日期：        年      月      日", 0);
                y = top;
            }
            y -= rowHeight;
        }
    }

    private void seal(Block.Seal s) {
        float lead = BODY * LEADING;
        ensure(56 + 2 * lead);
        y -= 56; // room for the seal, stamped across the name and the date
        float block = Math.max(width(s.issuer(), regular, BODY), width(s.date(), regular, BODY));
        float right = LEFT + WIDTH - 2 * BODY;
        for (String text : new String[] {s.issuer(), s.date()}) {
            float w = width(text, regular, BODY);
            showLine(regular, BODY, right - block + (block - w) / 2, lead, text, 0);
            y -= lead;
        }
    }

    private void image(Block.Image i) {
        float lead = BODY * LEADING;
        if (y < A4.getHeight() - TOP - 4 * lead) {
            newPage();
        }
        if (i.caption() != null && !i.caption().isEmpty()) {
            for (LineBreaker.Line line : LineBreaker.lines(i.caption(), WIDTH, cp -> w(bold, boldWidths, cp, BODY))) {
                showLine(bold, BODY, LEFT, lead, line.text(), 0);
                y -= lead;
            }
            y -= 6;
        }
        try {
            PDImageXObject picture = PDImageXObject.createFromByteArray(pdf, i.bytes(), i.caption());
            float maxW = WIDTH;
            float maxH = y - BOTTOM;
            float natural = 72f / 150f; // points per pixel at 150 dpi
            float scale = Math.min(natural, Math.min(maxW / picture.getWidth(), maxH / picture.getHeight()));
            float w = picture.getWidth() * scale;
            float h = picture.getHeight() * scale;
            cs.drawImage(picture, LEFT + (WIDTH - w) / 2, y - h, w, h);
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.setLineWidth(0.5f);
            cs.addRect(LEFT + (WIDTH - w) / 2, y - h, w, h); // the original's edge, even where it is white
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
            y -= h;
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("picture " + i.caption() + " cannot be read", e));
        }
    }

    // ---------------------------------------------------------------- primitives

    private void newPage() {
        endPage();
        PDPage page = new PDPage(A4);
        pdf.addPage(page);
        try {
            cs = new PDPageContentStream(pdf, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = A4.getHeight() - TOP;
    }

    private void endPage() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Shows text on the line box of height {@code lead} whose top is the cursor, glyphs centred in it. */
    private void showLine(PDType0Font font, float size, float x, float lead, String text, float tc) {
        show(font, size, x, y - lead / 2 - size * 0.36f, text, tc);
    }

    private void show(PDType0Font font, float size, float x, float base, String text, float tc) {
        if (text.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.setCharacterSpacing(tc);
            cs.newLineAtOffset(x, base);
            cs.showText(text);
            cs.endText();
            used(font, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extra space between characters that makes a full line meet the right margin. */
    private static float spacing(String text, float room) {
        int glyphs = text.codePointCount(0, text.length());
        if (glyphs < 2 || room <= 0) {
            return 0;
        }
        float tc = room / (glyphs - 1);
        return tc > BODY * 0.15f ? 0 : tc; // a line broken before a long number stays ragged, not gappy
    }

    private float width(String text, PDType0Font font, float size) {
        Map<Integer, Float> cache = font == bold ? boldWidths : regularWidths;
        float w = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            w += w(font, cache, text.codePointAt(i), size);
        }
        return w;
    }

    private static float w(PDType0Font font, Map<Integer, Float> cache, int cp, float size) {
        Float units = cache.get(cp);
        if (units == null) {
            try {
                units = font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                throw new MissingGlyphsException(List.of(new MissingGlyphsException.Gap("文书内容",
                        List.of(new String(Character.toChars(cp))))));
            }
            cache.put(cp, units);
        }
        return units / 1000f * size;
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of("");
        }
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n"));
    }
}
