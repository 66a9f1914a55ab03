package org.tiaojie.casework.referral;

import java.time.Instant;
import java.time.LocalDate;

/** A referral as the court's inbox and the case file show it. */
public record ReferralRow(long id, ReferralKind kind, long disputeId, String caseNumber, long courtId, String courtName,
        String organisationName, Long bundleDocumentId, CourtReferral.ReferralState state, String note,
        Instant sentAt, String sentBy, Instant signedAt, String signedBy, Instant returnedAt, String returnedBy,
        String returnReason, String filingNumber, Instant filedAt, CourtOutcome outcome, LocalDate outcomeDate,
        String outcomeNote, Instant decidedAt, String decidedBy, long version) {
}
