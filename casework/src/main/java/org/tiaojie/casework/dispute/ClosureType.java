package org.tiaojie.casework.dispute;

/** How a case was closed (结案方式); each fits one state it is closed from. */
public enum ClosureType {
    /** From AGREED: the agreement was signed (or an oral agreement recorded). */
    AGREEMENT(DisputeState.AGREED),
    /** From ACCEPTED: the applicant withdrew. */
    WITHDRAWN(DisputeState.ACCEPTED),
    /** From FAILED: the parties were advised to go to court. */
    GUIDED_TO_LITIGATION(DisputeState.FAILED),
    /** From REFERRED_TO_COURT: the court's outcome was recorded. */
    COURT_OUTCOME(DisputeState.REFERRED_TO_COURT);

    private final DisputeState from;

    ClosureType(DisputeState from) {
        this.from = from;
    }

    public DisputeState from() {
        return from;
    }
}
