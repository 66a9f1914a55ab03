package org.tiaojie.casework.deadline;

/** What the user sees: 正常, 临期 (2 working days or less left by default), 超期. */
public enum ClockStatus {
    NORMAL, WARNING, OVERDUE
}
