package org.tiaojie.casework.supervision;

import java.time.LocalDate;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.DurationUnit;

/**
 * What an extension would do, shown before it is asked for: the clock's unit, the most it may be
 * extended by, its last day now and after {@code by} units (null while {@code by} is out of range).
 */
public record ExtensionPreview(ClockKind kind, DurationUnit unit, int maxBy, LocalDate dueNow, LocalDate dueAfter) {
}
