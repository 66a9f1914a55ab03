package org.tiaojie.casework.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.calendar.WorkingCalendarTestSupport;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calc = new DeadlineCalculator(new WorkingCalendar(WorkingCalendarTestSupport.seed()));

    DeadlineCalculatorTest() throws IOException {
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(DeadlineCalculator.ZONE).toInstant();
    }

    static Instant endOf(int y, int m, int d) {
        return DeadlineCalculator.endOf(LocalDate.of(y, m, d));
    }

    @Test
    void workingDayDeadlinesEndAtMidnightOfTheirLastWorkingDay() {
        // a 12345 order received Friday 2026-02-13 at 16:00 must be signed for by Saturday 2026-02-14 (调休上班)
        assertThat(calc.due(at(2026, 2, 13, 16, 0), 1, DurationUnit.WORKING_DAYS)).isEqualTo(endOf(2026, 2, 14));
        // a community's 10 working days from 2025-09-26 run across National Day
        assertThat(calc.due(at(2025, 9, 26, 9, 0), 10, DurationUnit.WORKING_DAYS)).isEqualTo(endOf(2025, 10, 16));
    }

    @Test
    void calendarDayDeadlinesEndingOnAHolidayMoveToTheNextWorkingDay() {
        // one month from 2025-09-04 ends on 2025-10-04, inside the holiday: due at the end of 2025-10-09
        assertThat(calc.due(at(2025, 9, 4, 10, 0), 30, DurationUnit.CALENDAR_DAYS)).isEqualTo(endOf(2025, 10, 9));
        assertThat(calc.due(at(2026, 3, 2, 10, 0), 15, DurationUnit.CALENDAR_DAYS)).isEqualTo(endOf(2026, 3, 17));
    }

    @Test
    void urgentItemsCountHours() {
        assertThat(calc.due(at(2026, 2, 17, 23, 30), 2, DurationUnit.HOURS)).isEqualTo(at(2026, 2, 18, 1, 30));
        assertThat(calc.warnAt(at(2026, 2, 18, 1, 30), 30, DurationUnit.HOURS)).isEqualTo(at(2026, 2, 18, 1, 0));
    }

    @Test
    void warningStartsWhenTwoWorkingDaysRemain() {
        Instant due = endOf(2026, 11, 27); // Friday
        Instant warn = calc.warnAt(due, 2, DurationUnit.WORKING_DAYS);
        assertThat(warn).isEqualTo(LocalDate.of(2026, 11, 25).atStartOfDay(DeadlineCalculator.ZONE).toInstant());
        assertThat(calc.status(due, warn, at(2026, 11, 24, 18, 0))).isEqualTo(ClockStatus.NORMAL);
        assertThat(calc.status(due, warn, at(2026, 11, 25, 8, 0))).isEqualTo(ClockStatus.WARNING);
        assertThat(calc.status(due, warn, at(2026, 11, 27, 23, 59))).isEqualTo(ClockStatus.WARNING);
        assertThat(calc.status(due, warn, at(2026, 11, 28, 0, 0))).isEqualTo(ClockStatus.OVERDUE);
        // across a holiday: due Monday 2026-02-24... two working days before the end of 2026-02-25 begin on 2026-02-24
        Instant afterFestival = endOf(2026, 2, 25);
        assertThat(calc.warnAt(afterFestival, 2, DurationUnit.WORKING_DAYS))
                .isEqualTo(LocalDate.of(2026, 2, 14).atStartOfDay(DeadlineCalculator.ZONE).toInstant());
    }

    @Test
    void aSuspensionGivesBackTheWorkingDaysItLasted() {
        Instant due = endOf(2026, 2, 13);
        // paused Tuesday 2026-02-10, resumed Friday 2026-02-13: 3 working days (11, 12, 13) given back
        Instant moved = calc.afterPause(due, at(2026, 2, 10, 9, 0), at(2026, 2, 13, 9, 0), DurationUnit.WORKING_DAYS);
        // 13 → 14 (调休上班), then the holiday, then 24 and 25
        assertThat(moved).isEqualTo(endOf(2026, 2, 25));
        Instant calendarMoved = calc.afterPause(endOf(2026, 3, 10), at(2026, 3, 1, 9, 0), at(2026, 3, 6, 9, 0),
                DurationUnit.CALENDAR_DAYS);
        assertThat(calendarMoved).isEqualTo(endOf(2026, 3, 16)); // 2026-03-15 is a Sunday
    }

    @Test
    void extensionsAddTheirUnits() {
        assertThat(calc.extended(endOf(2026, 9, 25), 10, DurationUnit.WORKING_DAYS)).isEqualTo(endOf(2026, 10, 15));
        assertThat(calc.extended(at(2026, 5, 1, 10, 0), 3, DurationUnit.HOURS)).isEqualTo(at(2026, 5, 1, 13, 0));
    }

    /** The seed calendar with 2027's provisional days off (its notice not entered). */
    static DeadlineCalculator withProvisional2027() throws IOException {
        return new DeadlineCalculator(WorkingCalendarTestSupport.withProvisional2027());
    }

    @Test
    void aMonthEndsOnTheCorrespondingDayOrTheMonthsLastDayThenTheNextWorkingDay() throws IOException {
        DeadlineCalculator provisional = withProvisional2027();
        // 民法典 Art. 201-203: accepted 2027-01-31, one month; February has no 31st, so its last day,
        // Sunday 02-28, is the last day, which moves to Monday 03-01
        assertThat(provisional.due(at(2027, 1, 31, 10, 0), 1, DurationUnit.MONTHS)).isEqualTo(endOf(2027, 3, 1));
        // the corresponding day where there is one: 2026-11-16 + one month = Wednesday 2026-12-16
        assertThat(calc.due(at(2026, 11, 16, 10, 0), 1, DurationUnit.MONTHS)).isEqualTo(endOf(2026, 12, 16));
        // a month ending in the National Day holiday of 2025 (Art. 203): 2025-09-05 + 1 month = 10-05 → 10-09
        assertThat(calc.due(at(2025, 9, 5, 10, 0), 1, DurationUnit.MONTHS)).isEqualTo(endOf(2025, 10, 9));
        // an extension of one month counts from the last day: 2026-12-16 + 1 month = Saturday 2027-01-16 → 01-18
        assertThat(provisional.extended(endOf(2026, 12, 16), 1, DurationUnit.MONTHS)).isEqualTo(endOf(2027, 1, 18));
    }

    @Test
    void aThirtyDayWindowEndingOnProvisionalNewYearsDayMovesToTheNextWorkingDay() throws IOException {
        // 人民调解法 Art. 33 with 民事诉讼法 Art. 205: 30 days from an agreement effective 2026-12-02 end on
        // 2027-01-01, 元旦 by 全国年节及纪念日放假办法 Art. 2, so the window ends on Monday 2027-01-04
        DeadlineCalculator provisional = withProvisional2027();
        Instant due = provisional.due(at(2026, 12, 2, 15, 0), 30, DurationUnit.CALENDAR_DAYS);
        assertThat(due).isEqualTo(endOf(2027, 1, 4));
        assertThat(provisional.provisional(at(2026, 12, 2, 15, 0), due, DurationUnit.CALENDAR_DAYS)).isTrue();
        assertThat(calc.provisional(at(2026, 3, 2, 15, 0), endOf(2026, 4, 1), DurationUnit.CALENDAR_DAYS)).isFalse();
    }

    @Test
    void noDayClockStartsAlreadyDueSoon() {
        // 签收: 1 working day, warned 1 working day ahead — that would be 临期 from the first minute; it
        // turns 临期 at the start of its last day instead
        Instant start = at(2026, 11, 19, 9, 30);
        Instant due = calc.due(start, 1, DurationUnit.WORKING_DAYS);
        assertThat(due).isEqualTo(endOf(2026, 11, 20));
        assertThat(calc.warnAt(due, 1, DurationUnit.WORKING_DAYS)).isBefore(start);
        assertThat(calc.warnAt(start, due, 1, DurationUnit.WORKING_DAYS)).isEqualTo(at(2026, 11, 20, 0, 0));
        // long enough: the policy's warning stands
        Instant due10 = calc.due(start, 10, DurationUnit.WORKING_DAYS);
        assertThat(calc.warnAt(start, due10, 2, DurationUnit.WORKING_DAYS)).isEqualTo(calc.warnAt(due10, 2,
                DurationUnit.WORKING_DAYS));
        // an hour clock too short for its warning warns half-way
        Instant due2h = calc.due(start, 2, DurationUnit.HOURS);
        assertThat(calc.warnAt(start, due2h, 30, DurationUnit.HOURS)).isEqualTo(at(2026, 11, 19, 11, 0));
        assertThat(calc.warnAt(start, due2h, 180, DurationUnit.HOURS)).isEqualTo(at(2026, 11, 19, 10, 30));
    }
}
