package org.tiaojie.casework.deadline;

/** Whether a clock is counting, paused (中止), or done. */
public enum ClockState {
    RUNNING, PAUSED, STOPPED
}
