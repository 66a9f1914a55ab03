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
    AGREEMENT_EFFECTIVE,
    /** 信访 复查 and 复核 (信访工作条例 Art. 35, 36). */
    PETITION_REVIEW_REQUESTED, PETITION_REVIEW_DECIDED, PETITION_RECHECK_REQUESTED, PETITION_HEARING_STARTED,
    PETITION_HEARING_ENDED, PETITION_RECHECK_DECIDED,
    /** A party joined, was corrected or left after intake; a description corrected by the handling mediator. */
    PARTY_ADDED, PARTY_CHANGED, PARTY_REMOVED, DESCRIPTION_CORRECTED,
    /** The head of the room assigned the case's 承办人. */
    HANDLERS_ASSIGNED,
    /** A repeat complaint of a subject already under supervision (同一小区同类投诉): counted there. */
    SUPERVISION_JOINED,
    /** A merged call split off into a case of its own (on both cases). */
    CONTACT_SPLIT,
    /** A finished case brought in from an earlier system (历史案件导入). */
    HISTORY_IMPORTED,
    /** The platform sent the case's order again with other content, taken over into the case. */
    PLATFORM_RESENT
}
