package org.tiaojie.casework.calendar;

import java.time.LocalDate;

/**
 * The holiday calendar changed from {@code from} on (a year's notice entered, a day added,
 * corrected or removed): every clock still counting over that day must be counted again.
 * Published in the changing transaction; delivered after commit through the event registry.
 */
public record CalendarChanged(LocalDate from, String cause, Long requestedBy) {
}
