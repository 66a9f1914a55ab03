package org.tiaojie.documents.template;

import java.util.ArrayList;
import java.util.List;

import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.mediation.InvestigationRow;
import org.tiaojie.casework.mediation.ReturnVisitRow;
import org.tiaojie.casework.mediation.SessionRow;
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

    /** What the case can have now, in the order a case file files them. */
    public static List<Available> available(CaseDossier d) {
        List<Available> all = new ArrayList<>();
        if (d.acceptedAt() != null) {
            all.add(Available.of(DocumentKind.ACCEPTANCE_FORM));
        }
        if (d.lastMoveTo(DisputeState.REJECTED).isPresent()) {
            all.add(Available.of(DocumentKind.REFUSAL_NOTICE));
        }
        if (d.acceptedAt() != null) {
            all.add(Available.of(DocumentKind.RIGHTS_NOTICE));
        }
        for (int i = 0; i < d.investigations().size(); i++) {
            all.add(new Available(DocumentKind.INVESTIGATION_RECORD, d.investigations().get(i).id(), i + 1));
        }
        for (SessionRow s : d.sessions()) {
            if (s.heldAt() != null) {
                all.add(new Available(DocumentKind.SESSION_RECORD, s.id(), s.seq()));
            }
        }
        int n = 0;
        for (AgreementView a : d.agreements()) {
            n++;
            if (a.kind() == Agreement.Form.WRITTEN) {
                all.add(new Available(DocumentKind.AGREEMENT, a.id(), n));
                all.add(new Available(DocumentKind.CONFIRMATION_APPLICATION, a.id(), n));
            }
        }
        if (Terminations.ended(d).isPresent()) {
            all.add(Available.of(DocumentKind.TERMINATION_NOTICE));
        }
        for (int i = 0; i < d.visits().size(); i++) {
            all.add(new Available(DocumentKind.VISIT_RECORD, d.visits().get(i).id(), i + 1));
        }
        if (d.closedAt() != null) {
            all.add(Available.of(DocumentKind.CLOSING_REPORT));
        }
        if (d.lastMoveTo(DisputeState.REFERRED_TO_COURT).isPresent()) {
            all.add(Available.of(DocumentKind.REFERRAL_LETTER));
        }
        return all;
    }

    /** The document's content; refused when the case does not have what the document records. */
    public static Doc build(CaseDossier d, DocumentKind kind, Long recordId) {
        boolean listed = available(d).stream()
                .anyMatch(a -> a.kind() == kind && (recordId == null || recordId.equals(a.recordId())));
        if (!listed) {
            throw new NotAvailable(kind);
        }
        return switch (kind) {
            case ACCEPTANCE_FORM -> NoticeTemplates.acceptance(d);
            case REFUSAL_NOTICE -> NoticeTemplates.refusal(d);
            case RIGHTS_NOTICE -> NoticeTemplates.rights(d);
            case INVESTIGATION_RECORD -> RecordTemplates.investigation(d, one(d.investigations(), recordId,
                    InvestigationRow::id, kind));
            case SESSION_RECORD -> RecordTemplates.session(d, one(d.sessions().stream().filter(s -> s.heldAt() != null)
                    .toList(), recordId, SessionRow::id, kind));
            case AGREEMENT -> AgreementTemplate.build(d, agreement(d, recordId));
            case CONFIRMATION_APPLICATION -> NoticeTemplates.confirmation(d, agreement(d, recordId));
            case TERMINATION_NOTICE -> Terminations.notice(d);
            case VISIT_RECORD -> RecordTemplates.visit(d, one(d.visits(), recordId, ReturnVisitRow::id, kind));
            case CLOSING_REPORT -> NoticeTemplates.closing(d);
            case REFERRAL_LETTER -> NoticeTemplates.referral(d);
            case SUPERVISION_NOTICE, BUNDLE -> throw new NotAvailable(kind);
        };
    }

    /** Who supervises, when, and by when the handling organisation must answer. */
    /** What a 督办通知单 says, from the supervision's record (labels already in Chinese). */
    public record Supervision(String number, String issuer, java.time.LocalDate issuedOn, String level, String trigger,
            String reason, String instruction, java.time.LocalDate dueDate, String responsible, String leader,
            String compoundName) {
    }

    /** The 督办通知单 of a supervision: of a dispute ({@code d} its dossier) or of a compound ({@code d} null). */
    public static Doc supervisionNotice(CaseDossier d, Supervision supervision) {
        return NoticeTemplates.supervision(d, supervision);
    }

    /** The record with that id, or the newest when no id is given. */
    private static <T> T one(List<T> records, Long id, java.util.function.ToLongFunction<T> idOf, DocumentKind kind) {
        T found = null;
        for (T r : records) {
            if (id == null || idOf.applyAsLong(r) == id) {
                found = r;
            }
        }
        if (found == null) {
            throw new NotAvailable(kind);
        }
        return found;
    }

    private static AgreementView agreement(CaseDossier d, Long id) {
        return one(d.agreements().stream().filter(a -> a.kind() == Agreement.Form.WRITTEN).toList(), id,
                AgreementView::id, DocumentKind.AGREEMENT);
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
