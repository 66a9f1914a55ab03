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
