package org.tiaojie.casework.dispute;

/** How a case was closed (结案方式); each fits the states it is closed from. */
public enum ClosureType {
    /** From AGREED: the agreement was signed (or an oral agreement recorded). */
    AGREEMENT(DisputeState.AGREED),
    /**
     * The applicant withdrew: before mediation, or during it (人民调解法 Art. 23: a party may end the
     * mediation), also while it is suspended.
     */
    WITHDRAWN(DisputeState.ACCEPTED, DisputeState.IN_MEDIATION, DisputeState.SUSPENDED),
    /** From FAILED: the parties were advised to go to court. */
    GUIDED_TO_LITIGATION(DisputeState.FAILED),
    /** From REFERRED_TO_COURT: the court's outcome was recorded. */
    COURT_OUTCOME(DisputeState.REFERRED_TO_COURT);

    private final java.util.Set<DisputeState> from;

    ClosureType(DisputeState first, DisputeState... more) {
        this.from = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(first, more));
    }

    /** Whether a case in {@code state} may be closed this way. */
    public boolean closesFrom(DisputeState state) {
        return from.contains(state);
    }
}
