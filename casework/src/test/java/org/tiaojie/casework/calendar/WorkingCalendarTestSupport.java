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
}
