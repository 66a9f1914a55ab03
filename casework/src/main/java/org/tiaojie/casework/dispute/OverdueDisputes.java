package org.tiaojie.casework.dispute;

import java.time.Instant;
import java.util.List;
import org.tiaojie.casework.deadline.ClockKind;

/**
 * Published by the deadline sweep inside its batch's transaction: disputes whose missed deadline's
 * policy asks for supervision, with the clock that ran out. Supervision issues the 督办 in the same
 * transaction, so a batch that rolls back leaves none behind.
 */
public record OverdueDisputes(List<Overdue> items, Instant at) {

    /** One dispute and the clock it missed, with the day (or time) it ran out as shown. */
    public record Overdue(Dispute dispute, ClockKind clock, String due) {
    }
}
