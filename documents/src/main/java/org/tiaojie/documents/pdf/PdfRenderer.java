package org.tiaojie.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders one {@link Doc} to an archival PDF: the glyph check first (nothing is drawn when a
 * character cannot be shown), then layout, page numbers, PDF/A metadata.
 */
public final class PdfRenderer {

    private final DocumentFonts fonts;

    public PdfRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The PDF bytes; {@code at} is the creation time written into the metadata. */
    public byte[] render(Doc doc, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(doc, at, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}; returns its number of pages. */
    public int render(Doc doc, Instant at, OutputStream out) {
        fonts.check(doc.fields());
        DocumentFonts.FontPair pair = fonts.lease();
        int pages;
        try (PDDocument pdf = new PDDocument()) {
            try (Typesetter typesetter = new Typesetter(pdf, pair)) {
                pages = typesetter.set(doc);
                typesetter.close();
                typesetter.numberPages(0, pages, 1, pages);
                typesetter.finish();
            }
            Archival.apply(pdf, doc.title(), doc.issuer(), at);
            Typesetter.save(pdf, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.release(pair);
        }
        return pages;
    }
}
