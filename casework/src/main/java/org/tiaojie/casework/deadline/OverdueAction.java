package org.tiaojie.casework.deadline;

/** What the sweep does when a clock of this policy runs out: notify, or notify and put under supervision (督办). */
public enum OverdueAction {
    WARN, SUPERVISE
}
