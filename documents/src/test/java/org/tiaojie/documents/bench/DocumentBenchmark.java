package org.tiaojie.documents.bench;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.documents.Dossiers;
import org.tiaojie.documents.pdf.Doc;
import org.tiaojie.documents.pdf.DocumentFonts;
import org.tiaojie.documents.pdf.PdfRenderer;
import org.tiaojie.documents.template.DocumentTemplates;

/**
 * Renders the sample agreement repeatedly and prints warm milliseconds per document against a
 * baseline measured in the same run: the same work with the fonts parsed afresh each time (what a
 * renderer without the shared fonts would pay). Not a test; run with
 * {@code ./mvnw -q -pl documents test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.documents.bench.DocumentBenchmark}.
 */
public final class DocumentBenchmark {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        CaseDossier d = Dossiers.agreed();
        Doc agreement = DocumentTemplates.build(d, DocumentKind.AGREEMENT, null);
        CaseDossier big = Dossiers.agreed(List.of(Dossiers.owner(1, "赵建国"), Dossiers.owner(3, "赵孟𫖯"),
                Dossiers.owner(4, "钱多多"), Dossiers.company()), Dossiers.terms(24));
        Doc longAgreement = DocumentTemplates.build(big, DocumentKind.AGREEMENT, null);
        PdfRenderer shared = new PdfRenderer(DocumentFonts.shared());
        Instant at = Instant.parse("2026-11-09T05:00:00Z");

        long t0 = System.nanoTime();
        shared.render(agreement, at, OutputStream.nullOutputStream());
        double first = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 100; i++) {
            shared.render(agreement, at, OutputStream.nullOutputStream());
        }
        double[] warm = time(runs, () -> shared.render(agreement, at, OutputStream.nullOutputStream()));
        double[] warmLong = time(runs / 3, () -> shared.render(longAgreement, at, OutputStream.nullOutputStream()));
        double[] glyphCheck = time(runs, () -> DocumentFonts.shared().check(agreement.fields()));
        double[] reparse = time(20, () -> {
            try {
                var regular = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(
                        DocumentBenchmark.class.getResourceAsStream("/org/tiaojie/documents/fonts/NotoSerifSC_400Regular.ttf")));
                var bold = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(
                        DocumentBenchmark.class.getResourceAsStream("/org/tiaojie/documents/fonts/NotoSerifSC_700Bold.ttf")));
                regular.getUnicodeCmapLookup();
                bold.getUnicodeCmapLookup();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.printf("first agreement (fonts parsed on first use): %.1f ms%n", first);
        System.out.printf("agreement, 2 pages, warm: p50 %.2f ms, p95 %.2f ms (%d runs)%n", p(warm, 50), p(warm, 95), runs);
        System.out.printf("agreement, 4 parties 24 terms 6 pages, warm: p50 %.2f ms, p95 %.2f ms%n", p(warmLong, 50),
                p(warmLong, 95));
        System.out.printf("glyph check of every field: p50 %.3f ms%n", p(glyphCheck, 50));
        System.out.printf("parsing the two faces again (baseline a renderer without shared fonts pays per document): "
                + "p50 %.1f ms%n", p(reparse, 50));
        System.out.printf("ratio warm agreement / (warm agreement + re-parse): %.2f%n",
                p(warm, 50) / (p(warm, 50) + p(reparse, 50)));
        System.out.printf("font pairs parsed in this JVM: %d%n", DocumentFonts.shared().parsedCount());
    }

    private static double[] time(int runs, Runnable work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
