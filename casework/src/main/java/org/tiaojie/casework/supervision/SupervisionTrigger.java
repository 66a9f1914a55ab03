package org.tiaojie.casework.supervision;

/** Why a supervision was issued: by a supervisor's decision, or by one of docs/DOMAIN.md's triggers. */
public enum SupervisionTrigger {
    MANUAL, OVERDUE, REPEAT_COMPLAINTS, LEADER_INSTRUCTION, GROUP_DISPUTE, PUBLIC_OPINION, QUARTERLY_LISTING;

    /** Issued by the system rather than by a person. */
    public boolean automatic() {
        return this != MANUAL;
    }
}
