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
}
