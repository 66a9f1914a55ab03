package org.tiaojie.casework.referral;

/** What the court decided on a referred case; each one ends the case's mediation (办结, 法院结果). */
public enum CourtOutcome {
    /** 裁定确认有效 (司法确认). */
    CONFIRMED_VALID,
    /** 驳回申请. */
    APPLICATION_REJECTED,
    /** 调解结案 (诉中调解). */
    MEDIATED,
    /** 判决. */
    JUDGED,
    /** 撤诉. */
    WITHDRAWN
}
