package org.tiaojie.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What document tests look at: the text as a reader extracts it, the pages as pixels, PDF/A. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The text of every page with line breaks and spaces removed, so phrases that wrap still match. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Asserts that each phrase occurs, in this order. */
    public static void inOrder(String text, List<String> phrases) {
        int at = 0;
        for (String phrase : phrases) {
            String p = phrase.replaceAll("\\s+", "");
            int found = text.indexOf(p, at);
            assertThat(found).as("“%s” after position %d in %s", p, at, text).isGreaterThanOrEqualTo(0);
            at = found + p.length();
        }
    }

    /** Renders each page at 50 dpi and asserts it carries ink (dark pixels beyond the page number). */
    public static void notBlank(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImage(i, 50f / 72f);
                int dark = 0;
                for (int y = 0; y < image.getHeight() * 85 / 100; y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y);
                        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                        if (grey < 128) {
                            dark++;
                        }
                    }
                }
                assertThat(dark).as("dark pixels above the footer of page %d", i + 1).isGreaterThan(200);
            }
        }
    }

    /** Validates against PDF/A-2b with veraPDF and lists the failed rules if any. */
    public static void pdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as("PDF/A-2b failures:%n%s", failures).isTrue();
        }
    }
}
