package org.tiaojie.casework.calendar;

import java.time.LocalDate;

/** A calendar exception as the administrator's grid shows it. */
public record CalendarDayRow(LocalDate day, DayKind kind, String name, long version, boolean provisional) {
}
