package org.tiaojie.casework.dispute;

import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DeadlinePolicy;
import org.tiaojie.casework.organisation.Tier;

/** What the aggregate needs to start and move clocks: the policies and the calendar arithmetic. */
public interface ClockRules {

    DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, Tier tier, boolean urgent);

    DeadlineCalculator calculator();
}
