package org.tiaojie.casework.dispute;

import java.math.BigDecimal;

/** The routing thresholds as the administrator's form shows them. */
public record RoutingRuleView(int streetPartyCount, BigDecimal streetAmount, int districtPartyCount,
        boolean districtOnLeaderInstruction, boolean districtOnPublicOpinion, long version) {
}
