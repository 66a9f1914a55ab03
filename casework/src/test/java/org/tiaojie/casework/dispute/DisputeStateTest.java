package org.tiaojie.casework.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.CaseworkException;

class DisputeStateTest {

    @Test
    void movesOfTheDomainGuideAreAllowed() {
        assertThat(DisputeState.REGISTERED.canMoveTo(DisputeState.ACCEPTED)).isTrue();
        assertThat(DisputeState.ACCEPTED.canMoveTo(DisputeState.IN_MEDIATION)).isTrue();
        assertThat(DisputeState.IN_MEDIATION.canMoveTo(DisputeState.AGREED)).isTrue();
        assertThat(DisputeState.FAILED.canMoveTo(DisputeState.REFERRED_TO_COURT)).isTrue();
        assertThat(DisputeState.CLOSED.canMoveTo(DisputeState.REVISITED)).isTrue();
        assertThat(DisputeState.REVISITED.canMoveTo(DisputeState.ARCHIVED)).isTrue();
    }

    @Test
    void illegalMovesAreRefused() {
        assertThat(DisputeState.REGISTERED.canMoveTo(DisputeState.AGREED)).isFalse();
        assertThat(DisputeState.CLOSED.canMoveTo(DisputeState.IN_MEDIATION)).isFalse();
        assertThat(DisputeState.ARCHIVED.canMoveTo(DisputeState.REGISTERED)).isFalse();
        assertThat(DisputeState.REJECTED.canMoveTo(DisputeState.ACCEPTED)).isFalse();
    }

    /** The lifecycle table, written out: every pair not listed is refused. */
    private static final java.util.Map<DisputeState, java.util.Set<DisputeState>> DOMAIN_TABLE = java.util.Map.ofEntries(
            java.util.Map.entry(DisputeState.REGISTERED, java.util.Set.of(DisputeState.ACCEPTED, DisputeState.REJECTED,
                    DisputeState.TRANSFERRED, DisputeState.REGISTERED)), // REGISTERED again: 退单 and re-dispatch
            java.util.Map.entry(DisputeState.ACCEPTED, java.util.Set.of(DisputeState.IN_MEDIATION, DisputeState.SUSPENDED,
                    DisputeState.ESCALATED, DisputeState.CLOSED)),
            // CLOSED from mediation and suspension: the applicant withdraws (人民调解法 Art. 23)
            java.util.Map.entry(DisputeState.IN_MEDIATION, java.util.Set.of(DisputeState.AGREED, DisputeState.FAILED,
                    DisputeState.SUSPENDED, DisputeState.CLOSED)),
            java.util.Map.entry(DisputeState.SUSPENDED, java.util.Set.of(DisputeState.ACCEPTED, DisputeState.IN_MEDIATION,
                    DisputeState.CLOSED)),
            java.util.Map.entry(DisputeState.AGREED, java.util.Set.of(DisputeState.CLOSED)),
            java.util.Map.entry(DisputeState.FAILED, java.util.Set.of(DisputeState.ESCALATED,
                    DisputeState.REFERRED_TO_COURT, DisputeState.CLOSED)),
            java.util.Map.entry(DisputeState.ESCALATED, java.util.Set.of(DisputeState.REGISTERED)),
            java.util.Map.entry(DisputeState.REFERRED_TO_COURT, java.util.Set.of(DisputeState.CLOSED, DisputeState.FAILED)),
            java.util.Map.entry(DisputeState.CLOSED, java.util.Set.of(DisputeState.REVISITED)),
            java.util.Map.entry(DisputeState.REVISITED, java.util.Set.of(DisputeState.ARCHIVED, DisputeState.ACCEPTED)),
            java.util.Map.entry(DisputeState.REJECTED, java.util.Set.of()),
            java.util.Map.entry(DisputeState.TRANSFERRED, java.util.Set.of()),
            java.util.Map.entry(DisputeState.ARCHIVED, java.util.Set.of()));

    @Test
    void everyPairOfStatesIsAllowedOrRefusedAsTheDomainSays() {
        for (DisputeState from : DisputeState.values()) {
            for (DisputeState to : DisputeState.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(DOMAIN_TABLE.get(from).contains(to));
            }
        }
    }

    @Test
    void refusalNamesBothStatesInChinese() {
        CaseworkException e = new CaseworkException("dispute.move.illegal", DisputeState.CLOSED, DisputeState.IN_MEDIATION);
        assertThat(e.getMessage()).isEqualTo("案件当前状态为“已办结”，不能变更为“调解中”。");
        assertThat(e.getLocalizedMessage(java.util.Locale.ENGLISH))
                .isEqualTo("The case is \"Closed\" and cannot become \"In mediation\".");
    }

    @Test
    void tiersGoUpOneAtATime() {
        assertThat(Tier.COMMUNITY.next()).isEqualTo(Tier.STREET);
        assertThat(Tier.STREET.next()).isEqualTo(Tier.DISTRICT);
        assertThat(Tier.DISTRICT.next()).isNull();
    }
}
