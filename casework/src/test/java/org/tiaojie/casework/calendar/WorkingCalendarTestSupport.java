package org.tiaojie.casework.calendar;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/** The project's seed calendar for tests in other packages. */
public final class WorkingCalendarTestSupport {

    private WorkingCalendarTestSupport() {
    }

    public static Map<LocalDate, DayKind> seed() throws IOException {
        return WorkingCalendarTest.seed();
    }

    /** The seed calendar with 2027's provisional days off of the law, its notice not entered. */
    public static WorkingCalendar withProvisional2027() throws IOException {
        var days = new java.util.HashMap<>(seed());
        StatutoryHolidays.of(2027).forEach(d -> days.put(d.date(), DayKind.HOLIDAY));
        return new WorkingCalendar(days, java.util.Set.of(2025, 2026));
    }
}
