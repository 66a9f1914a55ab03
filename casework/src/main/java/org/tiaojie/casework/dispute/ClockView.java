package org.tiaojie.casework.dispute;

import java.time.Instant;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.organisation.Tier;

/** One clock of a dispute as the case file shows it: what, until when, counting or not, 正常/临期/超期. */
public record ClockView(ClockKind kind, Tier tier, Instant startedAt, Instant dueAt, ClockState state,
        ClockStatus status, int extensionsUsed) {
}
