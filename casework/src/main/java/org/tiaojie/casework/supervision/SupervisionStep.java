package org.tiaojie.casework.supervision;

/** A step in a supervision's record: 督办, 进展报告, 报结, 验收通过, 验收未通过重新督办, 提级, 销号. */
public enum SupervisionStep {
    ISSUED, PROGRESS, DONE, VERIFIED, RELISTED, RAISED, DELISTED
}
