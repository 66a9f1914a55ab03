package org.tiaojie.casework.supervision;

import java.time.Instant;
import org.tiaojie.casework.deadline.ClockKind;

/** An extension request as the supervisor's list and the case file show it. */
public record ExtensionRow(long id, long disputeId, String caseNumber, String organisationName, ClockKind clockKind,
        int days, String reason, ExtensionRequest.ExtensionStatus status, String requestedBy, Instant requestedAt,
        String decidedBy, Instant decidedAt, String decisionNote) {
}
