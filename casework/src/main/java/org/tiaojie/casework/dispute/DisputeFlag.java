package org.tiaojie.casework.dispute;

/** The marks a queue can filter by besides urgency and supervision. */
public enum DisputeFlag {
    /** 群体性纠纷 (10 parties or more). */
    GROUP,
    /** 领导批示. */
    LEADER_INSTRUCTION,
    /** 重大舆情. */
    PUBLIC_OPINION
}
