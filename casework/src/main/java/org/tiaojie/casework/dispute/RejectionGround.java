package org.tiaojie.casework.dispute;

/** Why a committee does not take a dispute up (不予受理). */
public enum RejectionGround {
    /** 人民调解法 Art. 17: one party has clearly refused mediation; it must not be mediated. */
    PARTY_REFUSES,
    /** Not a property-management dispute for the committee. */
    OUT_OF_SCOPE,
    /** Already before a court or another authority. */
    HANDLED_ELSEWHERE,
    /** Another reason, written out. */
    OTHER
}
