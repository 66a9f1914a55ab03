package org.tiaojie.casework.deadline;

/** The statutory and platform clocks a dispute can have running. */
public enum ClockKind {
    /** 12345: the organisation signs for the order (签收), default 1 working day. */
    SIGN_FOR,
    /** 12345: reply to the platform (办结反馈), 7 working days; 2 hours for urgent items. */
    PLATFORM_REPLY,
    /** 信访: decide acceptance and tell the petitioner, 15 days. */
    PETITION_ACCEPTANCE,
    /** 信访: handle within 60 days of acceptance. */
    PETITION_HANDLING,
    /** Mediation at the current tier: community 10 / street 15 working days, district one month. */
    MEDIATION,
    /** Return visit after closure, 5 working days. */
    RETURN_VISIT,
    /** Joint application for judicial confirmation, 30 days after the agreement; reminded at day 20. */
    JUDICIAL_CONFIRMATION,
    /** A court decides whether to accept a referral, 3 days. */
    COURT_ACCEPTANCE,
    /** 退回补正: the court sent the file back; the mediator completes it and sends it again, 5 working days. */
    COURT_CORRECTION
}
