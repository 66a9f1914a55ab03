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
        bundle(150, true);
        bundle(150, false);
    }

    /**
     * A bundle of about 200 pages: every document of a closed case, 30 photos and a 150-page PDF,
     * either scanned (a JPEG per page, what scanners write) or drawn (vector pages to render).
     */
    private static void bundle(int pdfPages, boolean scanned) {
        System.out.println(scanned ? "-- 150-page uploaded PDF scanned (JPEG pages)" : "-- 150-page uploaded PDF drawn (vector pages)");
        var filed = org.tiaojie.documents.Evidence.filed(Dossiers.closed(org.tiaojie.casework.dispute.ClosureType.AGREEMENT),
                scanned ? 1 : pdfPages);
        java.util.List<org.tiaojie.casework.attachment.AttachmentRow> rows = new java.util.ArrayList<>(
                filed.dossier().attachments());
        java.util.Map<Long, byte[]> files = new java.util.HashMap<>(filed.files());
        byte[] photo = org.tiaojie.documents.Evidence.picture("jpeg", 2000, 1500, java.awt.Color.DARK_GRAY);
        if (scanned) {
            byte[] letter = org.tiaojie.documents.Evidence.scannedPdf(org.tiaojie.documents.Evidence.SCAN, pdfPages);
            rows.add(new org.tiaojie.casework.attachment.AttachmentRow(999, 9,
                    org.tiaojie.casework.attachment.AttachmentKind.EVIDENCE, "物业服务合同扫描件", "scan.pdf",
                    "application/pdf", letter.length, "", "钱调解", Instant.now()));
            files.put(999L, letter);
        }
        for (int i = 0; i < 30; i++) {
            long id = 1000 + i;
            rows.add(new org.tiaojie.casework.attachment.AttachmentRow(id, 9,
                    org.tiaojie.casework.attachment.AttachmentKind.EVIDENCE, "现场照片" + (i + 1), "photo" + i + ".jpg",
                    "image/jpeg", photo.length, "", "钱调解", Instant.now()));
            files.put(id, photo);
        }
        var d = filed.dossier();
        CaseDossier big = new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), d.state(), d.tier(), d.channel(),
                d.externalRef(), d.organisation(), d.courtName(), d.categoryName(), d.compoundName(), d.compoundAddress(),
                d.propertyCompanyName(), d.description(), d.amount(), d.supervised(), d.groupDispute(), d.callerName(),
                d.callerPhone(), d.registeredAt(), d.acceptedAt(), d.closedAt(), d.closureType(), d.transferredTo(),
                d.parties(), d.history(), d.sessions(), d.investigations(), d.agreements(), d.visits(), rows, d.clocks());
        var writer = new org.tiaojie.documents.pdf.BundleWriter(DocumentFonts.shared());
        Instant at = Instant.now();
        for (int run = 0; run < 3; run++) {
            System.gc();
            java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(
                    java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long t = System.nanoTime();
            var counting = new java.io.OutputStream() {
                long bytes;

                @Override
                public void write(int b) {
                    bytes++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes += len;
                }
            };
            var result = writer.write("卷宗", "湖畔社区人民调解委员会", at,
                    org.tiaojie.documents.template.BundleTemplate.items(big, files::get),
                    org.tiaojie.documents.template.BundleTemplate.frame(big, "钱调解", at, "10年"), counting,
                    (done, all) -> { });
            double seconds = (System.nanoTime() - t) / 1e9;
            long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("bundle run %d: %d pages (%d content), %.1f MB, %.2f s, peak heap %d MB "
                    + "(sum of pool peaks, an upper bound; -Xmx %d MB)%n", run + 1, result.totalPages(),
                    result.contentPages(), counting.bytes / 1e6, seconds, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
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
