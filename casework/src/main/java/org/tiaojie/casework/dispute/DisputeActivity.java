package org.tiaojie.casework.dispute;

/** Work recorded on a case that does not move its state; each is a line of the timeline. */
public enum DisputeActivity {
    SESSION_SCHEDULED, SESSION_HELD, SESSION_CANCELLED, INVESTIGATION_RECORDED, EVIDENCE_ADDED,
    TERM_PERFORMANCE, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, RETURN_VISIT, COURT_SIGNED,
    SUPERVISION_ISSUED, SUPERVISION_DELISTED,
    COURT_FILED, CONFIRMATION_APPLIED, COURT_RETURNED, COURT_DECIDED,
    /** A due date moved because the holiday calendar changed. */
    DEADLINE_RECOUNTED,
    /** 12345 阶段性答复 and 办结反馈, the words sent to the platform. */
    PLATFORM_REPLY_STAGE, PLATFORM_REPLY_FINAL,
    /** A written agreement took effect; the judicial-confirmation window opened. */
    AGREEMENT_EFFECTIVE
}
