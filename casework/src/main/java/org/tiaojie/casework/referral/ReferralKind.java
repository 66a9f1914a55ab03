package org.tiaojie.casework.referral;

import java.util.EnumSet;
import java.util.Set;

/** What a referral asks of the court, and which outcomes answer it. */
public enum ReferralKind {
    /** 立案移送: mediation failed; the court decides whether to file the case, then its outcome. */
    CASE_TRANSFER(EnumSet.of(CourtOutcome.MEDIATED, CourtOutcome.JUDGED, CourtOutcome.WITHDRAWN)),
    /** 司法确认申请: the parties jointly ask the court to confirm their mediation agreement (人民调解法 art. 33). */
    JUDICIAL_CONFIRMATION(EnumSet.of(CourtOutcome.CONFIRMED_VALID, CourtOutcome.APPLICATION_REJECTED,
            CourtOutcome.WITHDRAWN));

    private final Set<CourtOutcome> outcomes;

    ReferralKind(Set<CourtOutcome> outcomes) {
        this.outcomes = outcomes;
    }

    public Set<CourtOutcome> outcomes() {
        return outcomes;
    }
}
