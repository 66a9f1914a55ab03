package org.tiaojie.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The provisional days off of 全国年节及纪念日放假办法 (2024 revision, 国务院令第798号): Art. 2 lists
 * 13 days (元旦 1, 春节 4 with 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3); Art. 6 makes up on a
 * working day a holiday that falls on a weekend.
 */
class StatutoryHolidaysTest {

    private static List<LocalDate> dates(int year) {
        return StatutoryHolidays.of(year).stream().map(StatutoryHolidays.Day::date).toList();
    }

    @Test
    void year2027HasTheThirteenDaysOfArticle2AndTheMakeUpDaysOfArticle6() {
        assertThat(dates(2027)).containsExactly(
                LocalDate.of(2027, 1, 1),                                                 // 元旦, Friday
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), // 除夕 Fri, 初一 Sat, 初二 Sun
                LocalDate.of(2027, 2, 8),                                                 // 初三, Monday
                LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),                      // Art. 6: Sat and Sun made up
                LocalDate.of(2027, 4, 5),                                                 // 清明, Monday
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2),                       // Saturday, Sunday
                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4),                       // made up
                LocalDate.of(2027, 6, 9),                                                 // 端午, Wednesday
                LocalDate.of(2027, 9, 15),                                                // 中秋, Wednesday
                LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 3),
                LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 5))                     // 10-2 Sat, 10-3 Sun made up
                .isSortedAccordingTo(LocalDate::compareTo);
    }

    @Test
    void makeUpDaysCarryTheirFestivalsName() {
        Map<LocalDate, String> names = new java.util.HashMap<>();
        StatutoryHolidays.of(2027).forEach(d -> names.put(d.date(), d.name()));
        assertThat(names.get(LocalDate.of(2027, 2, 5))).isEqualTo("春节");
        assertThat(names.get(LocalDate.of(2027, 2, 9))).isEqualTo("春节补假");
        assertThat(names.get(LocalDate.of(2027, 10, 4))).isEqualTo("国庆节补假");
    }

    @Test
    void year2028MidAutumnOnNationalDayIsOneDayOfBoth() {
        // 2028: 中秋 is 10-03, the third day of 国庆
        Map<LocalDate, String> names = new java.util.HashMap<>();
        StatutoryHolidays.of(2028).forEach(d -> names.put(d.date(), d.name()));
        assertThat(names.get(LocalDate.of(2028, 10, 3))).isEqualTo("中秋节、国庆节");
        assertThat(names).containsKeys(LocalDate.of(2028, 1, 25), LocalDate.of(2028, 4, 4), LocalDate.of(2028, 5, 28));
    }

    @Test
    void everyProvisionalDayOf2025And2026IsADayOffInThatYearsNotice() throws IOException {
        // 国务院办公厅关于2025年/2026年部分节假日安排的通知, as the seed migration holds them: the notices
        // only ever add days (调休) to what the law gives, so the law's days must all be there
        Map<LocalDate, DayKind> official = WorkingCalendarTest.seed();
        for (int year : new int[] {2025, 2026}) {
            for (LocalDate d : dates(year)) {
                assertThat(official.get(d)).as(d + " in the " + year + " notice").isEqualTo(DayKind.HOLIDAY);
            }
        }
    }

    @Test
    void aCalendarWithout2027sNoticeCountsItsDaysAsProvisional() throws IOException {
        Map<LocalDate, DayKind> days = new java.util.HashMap<>(WorkingCalendarTest.seed());
        StatutoryHolidays.of(2027).forEach(d -> days.put(d.date(), DayKind.HOLIDAY));
        WorkingCalendar calendar = new WorkingCalendar(days, java.util.Set.of(2025, 2026));
        assertThat(calendar.covers(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendar.provisionalBetween(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(calendar.provisionalBetween(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("元旦 2027, provisional").isFalse();
        assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 4));
    }
}
