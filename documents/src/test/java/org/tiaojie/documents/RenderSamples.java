package org.tiaojie.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.documents.pdf.DocumentFonts;
import org.tiaojie.documents.pdf.PdfRenderer;
import org.tiaojie.documents.template.DocumentTemplates;

/** Writes every document of the sample case to a folder, to look at (pdftoppm). Not a test. */
public final class RenderSamples {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        var renderer = new PdfRenderer(DocumentFonts.shared());
        var closed = Dossiers.closed(org.tiaojie.casework.dispute.ClosureType.AGREEMENT);
        var rejected = Dossiers.moved(Dossiers.agreed(), org.tiaojie.casework.dispute.DisputeState.REJECTED,
                "该纠纷已由人民法院立案受理");
        var referred = Dossiers.moved(Dossiers.agreed(), org.tiaojie.casework.dispute.DisputeState.REFERRED_TO_COURT,
                "被申请人坚持不同意赔偿，申请人要求通过诉讼解决");
        var failed = Dossiers.moved(Dossiers.agreed(), org.tiaojie.casework.dispute.DisputeState.FAILED,
                "被申请人不同意赔偿");
        for (var dossier : java.util.List.of(closed, rejected, referred, failed)) {
            for (var available : DocumentTemplates.available(dossier)) {
                byte[] pdf = renderer.render(DocumentTemplates.build(dossier, available.kind(), available.recordId()),
                        Instant.now());
                Files.write(dir.resolve(available.kind().name().toLowerCase() + ".pdf"), pdf);
            }
        }
        Files.write(dir.resolve("supervision_notice.pdf"), renderer.render(DocumentTemplates.supervisionNotice(
                Dossiers.overdue(), DocumentSetTest.NOTICE), Instant.now()));
        var big = Dossiers.agreed(java.util.List.of(Dossiers.owner(1, "赵建国"), Dossiers.owner(3, "赵孟𫖯"),
                Dossiers.owner(4, "钱多多"), Dossiers.company()), Dossiers.terms(24));
        Files.write(dir.resolve("agreement-long.pdf"),
                renderer.render(DocumentTemplates.build(big, DocumentKind.AGREEMENT, null), Instant.now()));
    }
}
