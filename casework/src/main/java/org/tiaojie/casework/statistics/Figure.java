package org.tiaojie.casework.statistics;

/** A figure of the dashboard whose disputes can be listed (drill-down). */
public enum Figure {
    /** Registered in the period. */
    INTAKE,
    /** Registered in the period and accepted. */
    ACCEPTED,
    /** Registered in the period and settled by agreement. */
    AGREED,
    /** Registered in the period, mediation failed. */
    FAILED,
    /** Registered in the period with merged calls. */
    REPEATS,
    /** Closed in the period. */
    CLOSED,
    /** Closed in the period after a deadline ran out. */
    CLOSED_LATE,
    /** Open and past the deadline now. */
    OVERDUE,
    /** Open and under supervision now. */
    SUPERVISED,
    /** Visited (回访) in the period. */
    VISITED,
    /** Referred to court in the period. */
    REFERRED,
    /** Agreement confirmed valid by a court in the period. */
    CONFIRMED,
    /** With an agreement term due in the period (up to today). */
    TERMS_DUE
}
