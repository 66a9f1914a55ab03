package org.tiaojie.casework.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts Chinese working days: Monday–Friday, minus public holidays, plus make-up
 * workdays (调休上班) on weekends. Immutable; {@link CalendarService} hands out the current one.
 */
public final class WorkingCalendar {

    private final NavigableMap<LocalDate, DayKind> exceptions;
    /** The years whose State Council notice has been entered; other years' days are provisional (暂定). */
    private final Set<Integer> announced;

    /** A calendar in which every year that has exceptions counts as announced (tests, fixed data). */
    public WorkingCalendar(Map<LocalDate, DayKind> exceptions) {
        this(exceptions, exceptions.keySet().stream().map(LocalDate::getYear).collect(Collectors.toSet()));
    }

    public WorkingCalendar(Map<LocalDate, DayKind> exceptions, Set<Integer> announcedYears) {
        this.exceptions = new TreeMap<>(exceptions);
        this.announced = Set.copyOf(announcedYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = exceptions.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Whether the State Council's holiday arrangement of the date's year has been entered. */
    public boolean covers(LocalDate date) {
        return announced.contains(date.getYear());
    }

    /**
     * Whether counting from {@code from} to {@code to} (both included) passes a day of a year whose
     * notice has not been entered: its days off are the provisional ones of the law (按暂定节假日计算).
     */
    public boolean provisionalBetween(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!announced.contains(year)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date {@code days} working days after {@code start} (start itself does not count):
     * a 1-working-day deadline for something received on a Friday falls on Monday.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The date itself when it is a working day, else the next working day: a period counted in
     * calendar days whose last day is a holiday ends on the first working day after it.
     */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
