package org.tiaojie.casework.dispute;

import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DeadlinePolicy;
import org.tiaojie.casework.organisation.Tier;

/** What the aggregate needs to start and move clocks: the policies and the calendar arithmetic. */
public interface ClockRules {

    DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, Tier tier, boolean urgent);

    /** The terms where a stage refines the channel (法院委托 during litigation); by default the channel's. */
    default DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, EntrustmentStage stage, Tier tier,
            boolean urgent) {
        return terms(kind, channel, tier, urgent);
    }

    DeadlineCalculator calculator();
}
