package org.tiaojie.documents.template;

import java.util.ArrayList;
import java.util.List;

import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.documents.pdf.Doc;

/**
 * Which documents a case can have now, and the content of each. A document kind that is written
 * per record (a session's minutes, a visit) names its record by id.
 */
public final class DocumentTemplates {

    /**
     * A document the case can produce: its kind and, for per-record kinds, the record and its
     * ordinal among its kind (the second session, the first visit).
     */
    public record Available(DocumentKind kind, Long recordId, int seq) {
        static Available of(DocumentKind kind) {
            return new Available(kind, null, 0);
        }
    }

    private DocumentTemplates() {
    }

    public static List<Available> available(CaseDossier d) {
        List<Available> all = new ArrayList<>();
        int n = 0;
        for (AgreementView a : d.agreements()) {
            n++;
            if (a.kind() == Agreement.Form.WRITTEN) {
                all.add(new Available(DocumentKind.AGREEMENT, a.id(), n));
            }
        }
        return all;
    }

    /** The document's content; refused when the case does not have what the document records. */
    public static Doc build(CaseDossier d, DocumentKind kind, Long recordId) {
        return switch (kind) {
            case AGREEMENT -> AgreementTemplate.build(d, agreement(d, recordId));
            default -> throw new NotAvailable(kind);
        };
    }

    private static AgreementView agreement(CaseDossier d, Long id) {
        return d.agreements().stream().filter(a -> id == null || a.id() == id).reduce((a, b) -> b)
                .orElseThrow(() -> new NotAvailable(DocumentKind.AGREEMENT));
    }

    /** The case has nothing for this document (no agreement yet, no such session …). */
    public static final class NotAvailable extends RuntimeException {
        private final DocumentKind kind;

        public NotAvailable(DocumentKind kind) {
            super("no " + kind + " for this case");
            this.kind = kind;
        }

        public DocumentKind kind() {
            return kind;
        }
    }
}
