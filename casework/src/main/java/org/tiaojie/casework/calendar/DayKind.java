package org.tiaojie.casework.calendar;

/** An exception to the Monday–Friday week: a public holiday, or a weekend day worked (调休上班). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
