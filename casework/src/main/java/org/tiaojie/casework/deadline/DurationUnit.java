package org.tiaojie.casework.deadline;

/**
 * How a policy counts: Chinese working days, calendar days, calendar months (民法典 Art. 202: the
 * corresponding day of the last month, or its last day where it has none), or hours (urgent items).
 */
public enum DurationUnit {
    WORKING_DAYS, CALENDAR_DAYS, MONTHS, HOURS;

    /** Whether the deadline ends at the end of a day (everything but hours). */
    public boolean countsDays() {
        return this != HOURS;
    }
}
