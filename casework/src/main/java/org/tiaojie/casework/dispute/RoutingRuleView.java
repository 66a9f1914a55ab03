package org.tiaojie.casework.dispute;

import java.math.BigDecimal;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.organisation.Tier;

/** The routing thresholds as the administrator's form shows them and registrations apply them. */
public record RoutingRuleView(int streetPartyCount, BigDecimal streetAmount, int districtPartyCount,
        boolean districtOnLeaderInstruction, boolean districtOnPublicOpinion, long version) {

    /** The tier a new dispute starts at. */
    public Tier startTier(NewDispute input, DisputeCategory category) {
        if (input.partyCount() >= districtPartyCount || (districtOnLeaderInstruction && input.leaderInstruction())
                || (districtOnPublicOpinion && input.publicOpinion())) {
            return Tier.DISTRICT;
        }
        Tier categoryTier = category.getStartTier() != null ? category.getStartTier()
                : category.getParent() != null ? category.getParent().getStartTier() : null;
        if (categoryTier == Tier.DISTRICT) {
            return Tier.DISTRICT;
        }
        if (input.partyCount() >= streetPartyCount
                || (input.amount() != null && input.amount().compareTo(streetAmount) >= 0)
                || categoryTier == Tier.STREET) {
            return Tier.STREET;
        }
        return Tier.COMMUNITY;
    }
}
