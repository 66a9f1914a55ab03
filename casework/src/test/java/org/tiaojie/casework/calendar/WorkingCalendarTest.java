package org.tiaojie.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped 2025–2026 calendar, read from the project's own seed migration. */
class WorkingCalendarTest {

    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)', '([^']+)'");

    static Map<LocalDate, DayKind> seed() throws IOException {
        try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/db/migration/V2__calendar_2025_2026.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<LocalDate, DayKind> map = new HashMap<>();
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                map.put(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)));
            }
            return map;
        }
    }

    private final WorkingCalendar calendar = new WorkingCalendar(seed());

    WorkingCalendarTest() throws IOException {
    }

    @Test
    void makeUpWorkdaysAroundSpringFestival2026AreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday 2026-02-14, 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Saturday 2026-02-28, 调休上班").isTrue();
    }

    @Test
    void springFestivalWeek2026IsNotWorked() {
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    }

    @Test
    void nationalDay2025WithMidAutumnIsEightDaysOff() {
        for (LocalDate d = LocalDate.of(2025, 10, 1); !d.isAfter(LocalDate.of(2025, 10, 8)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday 2025-09-28, 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday 2025-10-11, 调休上班").isTrue();
    }

    @Test
    void deadlinesSkipHolidaysAndCountMakeUpDays() {
        // received Friday 2026-02-13: 1 working day later is Saturday 2026-02-14 (调休上班)
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        // received 2026-02-14: the next working day is after the whole holiday
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        // a community's 10 working days from 2025-09-26 (Friday) run across National Day
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 10)).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 16))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 9, 26))).isEqualTo(-10);
    }

    @Test
    void calendarDayPeriodsEndingOnAHolidayMoveToTheNextWorkingDay() {
        // 30 days from 2025-09-04 is 2025-10-04, inside the National Day holiday: due 2025-10-09
        assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2025, 9, 4).plusDays(30))).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void ordinaryWeeksFollowMondayToFriday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 20))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).as("Saturday").isFalse();
        assertThat(calendar.covers(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2027, 1, 4))).as("2027 not yet announced").isFalse();
    }

    /**
     * The seed migration against the two notices as published (国务院办公厅关于2025年/2026年部分节假日安排
     * 的通知), kept beside the tests as date,kind,name lines.
     */
    @Test
    void seedMatchesTheOfficialCalendar() throws IOException {
        List<String> lines;
        try (InputStream in = WorkingCalendarTest.class.getResourceAsStream("/calendar/cn-official-calendar-2025-2026.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Map<LocalDate, DayKind> official = new HashMap<>();
        lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
            String[] f = l.split(",");
            official.put(LocalDate.parse(f[0].strip()), DayKind.valueOf(f[1].strip()));
        });
        assertThat(seed()).isEqualTo(official);
    }
}
