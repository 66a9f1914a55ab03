package org.tiaojie.casework.deadline;

/** How a policy counts: Chinese working days, calendar days, or hours (urgent items). */
public enum DurationUnit {
    WORKING_DAYS, CALENDAR_DAYS, HOURS
}
