package org.tiaojie.casework.dispute;

import java.time.Instant;
import java.util.List;

/**
 * Disputes whose intake supervision (领导批示, 重大舆情, group disputes, repeat complaints) is to be
 * decided once their transaction has committed: the disputes just registered — one, or a batch
 * of an import file — or the dispute a repeated call was merged into ({@code registered} false).
 * One event for a batch lets the decision read, number and issue the batch's notices together.
 */
public record IntakeReview(List<Long> disputeIds, boolean registered, Instant at) {

    public IntakeReview {
        disputeIds = List.copyOf(disputeIds);
    }
}
