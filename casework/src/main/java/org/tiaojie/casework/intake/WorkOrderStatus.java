package org.tiaojie.casework.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.reply.PlatformReplyRow;

/**
 * Where a work order stands, for the platform to pull: the dispute's case number and state, who
 * handles it at which tier, the nearest deadline, every reply written to the platform (阶段性答复
 * and 办结反馈, with who and when), and once it is finished: when, how it was closed (or rejected or
 * transferred) and the final reply's words ({@code reply}; for cases finished before replies were
 * a step of their own, the closing reason). An order kept on an open matter as a further call (并单) has its
 * {@code mergedAt} and the {@code replyDueAt} it is owed; it shares that dispute's number, state and replies.
 */
public record WorkOrderStatus(String orderNumber, long disputeId, String caseNumber, DisputeState state,
        String organisation, Tier tier, Instant registeredAt, LocalDate dueDate, int furtherCalls, boolean finished,
        Instant finishedAt, ClosureType closureType, String reply, List<PlatformReplyRow> replies, Instant mergedAt,
        Instant replyDueAt) {
}
