package org.tiaojie.casework.deadline;

import org.tiaojie.casework.organisation.Tier;

/** A policy as the administrator's grid and form show it. */
public record DeadlinePolicyRow(long id, ClockKind kind, String channel, Tier tier, boolean urgentOnly, int amount,
        DurationUnit unit, int warnBefore, int maxExtension, int maxExtensions, OverdueAction overdueAction,
        boolean active, long version) {
}
