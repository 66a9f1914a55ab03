package org.tiaojie.web.casefile;

import org.springframework.stereotype.Component;
import org.tiaojie.casework.agreement.AgreementService;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.mediation.MediationService;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.supervision.ExtensionService;

/** The casework services the case file's sections and dialogs use, handed around as one. */
@Component
record CaseFileServices(DisputeQueryService queries, org.tiaojie.casework.dispute.CaseDetailService details, DisputeService disputes, OrganisationService organisations,
        MediationService mediation, AgreementService agreements, AttachmentService attachments,
        ExtensionService extensions, org.tiaojie.documents.DocumentService documents,
        org.tiaojie.casework.document.CaseDocumentService documentStore,
        org.tiaojie.casework.referral.ReferralService referrals,
        org.tiaojie.casework.supervision.SupervisionService supervisions,
        org.tiaojie.casework.supervision.SupervisionQueryService supervisionQueries,
        org.tiaojie.casework.reply.PlatformReplyService replies,
        org.tiaojie.casework.petition.PetitionReviewService petitions,
        org.tiaojie.casework.casefile.CaseFileService caseFiles,
        org.tiaojie.casework.casefile.PartyService parties,
        org.tiaojie.documents.PackageCheck packages,
        org.tiaojie.casework.casefile.AssignmentService assignments,
        org.tiaojie.casework.dispute.ContactMerging contacts,
        org.tiaojie.casework.intake.RepeatCalls repeatCalls,
        org.tiaojie.casework.calendar.CalendarService calendar) {
}
