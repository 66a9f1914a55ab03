package org.tiaojie.casework.casefile;

import java.util.List;
import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.DocumentRow;
import org.tiaojie.casework.mediation.InvestigationRow;
import org.tiaojie.casework.mediation.ReturnVisitRow;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.casework.referral.ReferralRow;
import org.tiaojie.casework.reply.PlatformReplyRow;
import org.tiaojie.casework.supervision.ExtensionRow;
import org.tiaojie.casework.supervision.SupervisionRow;

/**
 * 案卷 as one read: the case as its viewer may see it ({@code detail}, numbers masked, with the moves
 * open now), the records behind the documents ({@code dossier}, read once for the sections and the
 * document list alike), the case's extensions, supervisions, court referrals, 12345 replies and kept
 * documents, and what the viewer may do in each section ({@link Sections}).
 */
public record CaseFile(DisputeDetail detail, CaseDossier dossier, List<ExtensionRow> extensions,
        List<SupervisionRow> supervisions, List<ReferralRow> referrals, List<PlatformReplyRow> replies,
        List<DocumentRow> documents, Sections sections, List<AssignmentService.Mediator> handlers) {

    /**
     * What each section offers the viewer now: agreement terms may be recorded as performed,
     * attachments added, documents generated, a supervision followed or issued, the 12345 reply given, parties
     * and the description kept (the handling mediators, while the case is open).
     */
    public record Sections(boolean termsEditable, boolean attachmentsOpen, boolean documentsGenerable,
            boolean supervisionShown, boolean supervisionIssuable, boolean platformReplies, boolean partiesEditable,
            boolean handlersAssignable) {
    }

    public long id() {
        return detail.id();
    }

    public List<SessionRow> sessions() {
        return dossier.sessions();
    }

    public List<InvestigationRow> investigations() {
        return dossier.investigations();
    }

    public List<ReturnVisitRow> visits() {
        return dossier.visits();
    }

    public List<AgreementView> agreements() {
        return dossier.agreements();
    }

    public List<AttachmentRow> attachments() {
        return dossier.attachments();
    }
}
