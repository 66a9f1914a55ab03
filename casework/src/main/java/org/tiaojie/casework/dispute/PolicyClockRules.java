package org.tiaojie.casework.dispute;

import org.springframework.stereotype.Component;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DeadlinePolicy;
import org.tiaojie.casework.deadline.DeadlinePolicyService;
import org.tiaojie.casework.organisation.Tier;

/**
 * The clock rules in force: the administrators' deadline policies, looked up by the channel (or a
 * court-entrusted stage's own channel), and the working-day calendar as it stands now.
 */
@Component
class PolicyClockRules implements ClockRules {

    private final DeadlinePolicyService policies;
    private final CalendarService calendar;

    PolicyClockRules(DeadlinePolicyService policies, CalendarService calendar) {
        this.policies = policies;
        this.calendar = calendar;
    }

    @Override
    public DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, Tier tier, boolean urgent) {
        return policies.termsFor(kind, channel.name(), tier, urgent);
    }

    @Override
    public DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, EntrustmentStage stage, Tier tier,
            boolean urgent) {
        return policies.termsFor(kind, stage == null ? channel.name() : stage.policyChannel(channel), tier, urgent);
    }

    @Override
    public DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendar.calendar());
    }
}
