package org.tiaojie.casework.calendar;

import java.time.Instant;

/**
 * A year as the calendar screen shows it: announced (with the notice entered, when and by whom) or
 * provisional, and how many days off and make-up working days it holds.
 */
public record CalendarYearRow(int year, boolean announced, String notice, Instant enteredAt, String enteredByName,
        long holidays, long workdays) {
}
