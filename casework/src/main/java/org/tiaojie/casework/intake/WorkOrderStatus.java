package org.tiaojie.casework.intake;

import java.time.Instant;
import java.time.LocalDate;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.organisation.Tier;

/**
 * Where a work order stands, for the platform to pull: the dispute's case number and state, who
 * handles it at which tier, the nearest deadline, and once it is finished the reply (办结反馈):
 * when, how it was closed (or rejected or transferred) and the handling organisation's words.
 */
public record WorkOrderStatus(String orderNumber, long disputeId, String caseNumber, DisputeState state,
        String organisation, Tier tier, Instant registeredAt, LocalDate dueDate, int furtherCalls, boolean finished,
        Instant finishedAt, ClosureType closureType, String reply) {
}
