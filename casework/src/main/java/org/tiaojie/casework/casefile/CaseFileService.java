package org.tiaojie.casework.casefile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.agreement.AgreementService;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.CaseDetailService;
import org.tiaojie.casework.document.CaseDocumentService;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.CaseDossierService;
import org.tiaojie.casework.referral.ReferralService;
import org.tiaojie.casework.reply.PlatformReplyService;
import org.tiaojie.casework.supervision.ExtensionService;
import org.tiaojie.casework.supervision.SupervisionQueryService;

/** Reads a {@link CaseFile} in one transaction, inside the reader's area; the read is audited. */
@Service
public class CaseFileService {

    private final CaseDetailService disputes;
    private final CaseDossierService dossiers;
    private final ExtensionService extensions;
    private final SupervisionQueryService supervisions;
    private final ReferralService referrals;
    private final PlatformReplyService replies;
    private final CaseDocumentService documents;
    private final AssignmentService assignments;

    CaseFileService(CaseDetailService disputes, CaseDossierService dossiers, ExtensionService extensions,
            SupervisionQueryService supervisions, ReferralService referrals, PlatformReplyService replies,
            CaseDocumentService documents, AssignmentService assignments) {
        this.assignments = assignments;
        this.disputes = disputes;
        this.dossiers = dossiers;
        this.extensions = extensions;
        this.supervisions = supervisions;
        this.referrals = referrals;
        this.replies = replies;
        this.documents = documents;
    }

    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','SUPERVISOR','COURT_CLERK','ADMIN')")
    @Transactional
    public CaseFile read(long disputeId) {
        DisputeDetail detail = disputes.detail(disputeId); // the area check, audited
        CaseDossier dossier = dossiers.dossier(disputeId);
        var supervised = supervisions.forDispute(disputeId);
        boolean supervisor = CurrentUser.require().has(Role.SUPERVISOR);
        boolean handling = detail.actionable();
        CaseFile.Sections sections = new CaseFile.Sections(
                handling && AgreementService.TERMS_TRACKED.contains(detail.state()),
                handling && AttachmentService.FILE_OPEN.contains(detail.state()),
                handling || supervisor,
                !supervised.isEmpty() || supervisor && detail.state().isOpen(),
                detail.state().isOpen(),
                detail.channel() == Channel.HOTLINE_12345,
                handling && detail.state().isOpen(),
                detail.state().isOpen() && assignments.mayAssign(disputeId));
        return new CaseFile(detail, dossier, extensions.forDispute(disputeId), supervised,
                referrals.ofDispute(disputeId), sections.platformReplies() ? replies.ofDispute(disputeId)
                        : java.util.List.of(), documents.list(disputeId), sections, assignments.handlersOf(disputeId));
    }
}
