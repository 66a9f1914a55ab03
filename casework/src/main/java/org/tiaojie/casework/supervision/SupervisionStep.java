package org.tiaojie.casework.supervision;

/**
 * A step in a supervision's record: 督办, 进展报告, 报结, 验收通过, 验收未通过重新督办, 提级, 销号, and the supervisor's
 * 催办 (a reminder to the responsible organisation) and 约谈 (a talk held with whom answers for the matter).
 */
public enum SupervisionStep {
    ISSUED, PROGRESS, DONE, VERIFIED, RELISTED, RAISED, DELISTED, URGED, INTERVIEWED
}
