package org.tiaojie.casework.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * Deadline arithmetic on the official calendar. Day-counted deadlines end at the end of their
 * last day (midnight, Beijing time); the start day does not count (民法典 Art. 201). A period in
 * calendar days or months whose last day is a day off ends on the next working day (Art. 203);
 * a period in months ends on the corresponding day of its last month, or on that month's last day
 * where it has none (Art. 202). Pauses (中止) add back the working days, calendar days or hours they
 * lasted.
 */
public final class DeadlineCalculator {

    public static final ZoneId ZONE = CaseworkConfiguration.ZONE;

    private final WorkingCalendar calendar;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Working days from the day of {@code from} to the day of {@code to} (Beijing time). */
    public int workingDaysBetween(Instant from, Instant to) {
        return calendar.workingDaysBetween(from.atZone(ZONE).toLocalDate(), to.atZone(ZONE).toLocalDate());
    }

    public Instant due(Instant start, int amount, DurationUnit unit) {
        LocalDate startDay = start.atZone(ZONE).toLocalDate();
        return switch (unit) {
            case WORKING_DAYS -> endOf(calendar.addWorkingDays(startDay, amount));
            case CALENDAR_DAYS -> endOf(calendar.onOrNextWorkingDay(startDay.plusDays(amount)));
            case MONTHS -> endOf(calendar.onOrNextWorkingDay(startDay.plusMonths(amount)));
            case HOURS -> start.plus(Duration.ofHours(amount));
        };
    }

    /**
     * When a clock started at {@code start} turns 临期: as {@link #warnAt(Instant, int, DurationUnit)}, but
     * never at its start. A clock too short for its warning warns on its last day (day clocks), or at
     * the middle of its time (hour clocks), so that 临期 always means something has come near.
     */
    public Instant warnAt(Instant start, Instant due, int before, DurationUnit unit) {
        for (int b = before; b >= 0; b--) {
            Instant warn = warnAt(due, b, unit);
            if (warn.isAfter(start)) {
                return warn;
            }
            if (unit == DurationUnit.HOURS) {
                break;
            }
        }
        return start.plus(Duration.between(start, due).dividedBy(2));
    }

    /**
     * When the clock turns 临期: from the day on which {@code before} working days remain (working-day
     * clocks), {@code before} calendar days before the last day (calendar-day clocks), or
     * {@code before} minutes ahead of the due time (hour clocks).
     */
    public Instant warnAt(Instant due, int before, DurationUnit unit) {
        if (unit == DurationUnit.HOURS) {
            return due.minus(Duration.ofMinutes(before));
        }
        LocalDate lastDay = lastDayOf(due);
        if (unit == DurationUnit.CALENDAR_DAYS || unit == DurationUnit.MONTHS) {
            return lastDay.minusDays(before).atStartOfDay(ZONE).toInstant();
        }
        // the warning starts on the day from which at most `before` working days remain
        LocalDate day = lastDay;
        int remaining = 0;
        while (remaining < before) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                remaining++;
            }
        }
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The due time moved by a pause from {@code pausedAt} to {@code resumedAt}. */
    public Instant afterPause(Instant due, Instant pausedAt, Instant resumedAt, DurationUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> {
                int lost = calendar.workingDaysBetween(pausedAt.atZone(ZONE).toLocalDate(),
                        resumedAt.atZone(ZONE).toLocalDate());
                yield endOf(calendar.addWorkingDays(lastDayOf(due), lost));
            }
            case CALENDAR_DAYS, MONTHS -> {
                long lost = ChronoUnit.DAYS.between(pausedAt.atZone(ZONE).toLocalDate(),
                        resumedAt.atZone(ZONE).toLocalDate());
                yield endOf(calendar.onOrNextWorkingDay(lastDayOf(due).plusDays(lost)));
            }
            case HOURS -> due.plus(Duration.between(pausedAt, resumedAt));
        };
    }

    /** The due time pushed back by an extension of {@code amount} units. */
    public Instant extended(Instant due, int amount, DurationUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> endOf(calendar.addWorkingDays(lastDayOf(due), amount));
            case CALENDAR_DAYS -> endOf(calendar.onOrNextWorkingDay(lastDayOf(due).plusDays(amount)));
            case MONTHS -> endOf(calendar.onOrNextWorkingDay(lastDayOf(due).plusMonths(amount)));
            case HOURS -> due.plus(Duration.ofHours(amount));
        };
    }

    /** Whether counting from {@code start} to {@code due} passes days of a year whose notice is not entered yet. */
    public boolean provisional(Instant start, Instant due, DurationUnit unit) {
        return unit.countsDays() && calendar.provisionalBetween(start.atZone(ZONE).toLocalDate(), lastDayOf(due));
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public ClockStatus status(Instant due, Instant warnAt, Instant now) {
        if (!now.isBefore(due)) {
            return ClockStatus.OVERDUE;
        }
        return now.isBefore(warnAt) ? ClockStatus.NORMAL : ClockStatus.WARNING;
    }

    /** Day-counted deadlines are stored as the midnight that ends their last day. */
    public static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The last day a due instant belongs to (the day before the midnight that ends it). */
    public static LocalDate lastDayOf(Instant due) {
        var local = due.atZone(ZONE);
        LocalDate day = local.toLocalDate();
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day.minusDays(1) : day;
    }
}
