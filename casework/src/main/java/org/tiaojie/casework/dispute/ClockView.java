package org.tiaojie.casework.dispute;

import java.time.Instant;
import java.time.LocalDate;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.organisation.Tier;

/**
 * One clock of a dispute as the case file shows it: what, until when, counting or not, and
 * 正常/临期/超期 now; a stopped clock reports NORMAL when it was met in time, OVERDUE when late.
 * {@code provisional}: a running clock counted over days off of a year whose State Council notice
 * is not entered yet (按暂定节假日计算); its due date may still move.
 */
public record ClockView(ClockKind kind, Tier tier, Instant startedAt, Instant dueAt, ClockState state,
        ClockStatus status, int extensionsUsed, DurationUnit unit, boolean provisional) {

    public ClockView(ClockKind kind, Tier tier, Instant startedAt, Instant dueAt, ClockState state, ClockStatus status,
            int extensionsUsed, DurationUnit unit) {
        this(kind, tier, startedAt, dueAt, state, status, extensionsUsed, unit, false);
    }

    /** The last day of a day-counted deadline (it ends at midnight after that day); null for hour clocks. */
    public LocalDate lastDay() {
        return !unit.countsDays() ? null : DeadlineCalculator.lastDayOf(dueAt);
    }
}
