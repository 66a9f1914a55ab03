package org.tiaojie.casework.dispute;

/** 来源: where a dispute came from. */
public enum Channel {
    HOTLINE_12345, PETITION_LETTER, PETITION_VISIT, PETITION_ONLINE, WALK_IN, GRID_REPORT, COMMITTEE_INITIATED,
    COURT_ENTRUSTED, GOVERNMENT_ASSIGNED;

    public boolean isPetition() {
        return this == PETITION_LETTER || this == PETITION_VISIT || this == PETITION_ONLINE;
    }
}
