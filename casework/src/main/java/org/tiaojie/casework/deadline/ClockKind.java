package org.tiaojie.casework.deadline;

/** The statutory and platform clocks a dispute can have running. */
public enum ClockKind {
    /** 12345: the organisation signs for the order (签收), default 1 working day. */
    SIGN_FOR,
    /** 12345: reply to the platform (办结反馈), 7 working days; 2 hours for urgent items. */
    PLATFORM_REPLY,
    /** 信访: tell the petitioner whether the matter is accepted and how it will be handled (告知是否受理及处理途径), 15 days. */
    PETITION_ACCEPTANCE,
    /** 信访: handle within 60 days of acceptance. */
    PETITION_HANDLING,
    /** 信访 复查: the reviewing body gives its opinion within 30 days of the request (信访工作条例 Art. 35). */
    PETITION_REVIEW,
    /**
     * 信访 复核: the re-checking body gives its opinion within 30 days of the request; a hearing's time is not
     * counted (信访工作条例 Art. 36), so the clock pauses while one is held.
     */
    PETITION_RECHECK,
    /** Mediation at the current tier: community 10 / street 15 working days, district one month. */
    MEDIATION,
    /** Return visit after closure, 5 working days. */
    RETURN_VISIT,
    /** Joint application for judicial confirmation, 30 days after the agreement; reminded at day 20. */
    JUDICIAL_CONFIRMATION,
    /** A court files (立案) a litigation referral that meets the conditions within 7 days (民事诉讼法 Art. 126). */
    COURT_ACCEPTANCE,
    /** A court decides within 3 days whether to accept a 司法确认 application (法释〔2011〕5号 Art. 4). */
    CONFIRMATION_ACCEPTANCE,
    /**
     * A court decides on an accepted 司法确认 application within 15 days, extendable by 10 with its
     * president's approval (法释〔2011〕5号 Art. 5).
     */
    CONFIRMATION_DECISION,
    /** 退回补正: the court sent the file back; the mediator completes it and sends it again, 5 working days. */
    COURT_CORRECTION;

    /**
     * Whether the clock is the court's to keep, not the mediation organisation's: it does not set the
     * case's deadline in the mediators' lists and does not count in their overdue figures.
     */
    public boolean courtSide() {
        return this == COURT_ACCEPTANCE || this == CONFIRMATION_ACCEPTANCE || this == CONFIRMATION_DECISION;
    }
}
