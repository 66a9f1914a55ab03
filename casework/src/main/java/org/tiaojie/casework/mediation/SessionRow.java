package org.tiaojie.casework.mediation;

import java.time.Instant;

/** A session as the case file and the documents show it. */
public record SessionRow(long id, long disputeId, int seq, Instant scheduledAt, String place, String mediators,
        String participants, MediationSession.SessionStatus status, Instant heldAt, Instant endedAt, String recorder,
        String attendance, String statements, String questionsAnswers, String outcomeNote, boolean oralAgreement,
        String cancelReason) {
}
