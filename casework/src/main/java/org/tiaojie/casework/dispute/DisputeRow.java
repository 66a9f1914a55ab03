package org.tiaojie.casework.dispute;

import java.time.Instant;
import java.time.LocalDate;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.organisation.Tier;

/**
 * A dispute as queues and lists show it: flat, no lazy associations. The deadline is the nearest
 * running clock's: which clock ({@code dueClock}), its last day, its exact due time and when it
 * turns 临期.
 */
public record DisputeRow(long id, String caseNumber, Channel channel, String categoryName, String compoundName,
        DisputeState state, Tier tier, String organisationName, Instant registeredAt, LocalDate dueDate,
        boolean supervised, boolean urgent, ClockKind dueClock, Instant dueAt, Instant dueWarnAt) {

    /** The one projection every list reads (queues, search, drill-downs); name lookups are left joins. */
    public static final String SELECT = """
            select new org.tiaojie.casework.dispute.DisputeRow(d.id, d.caseNumber, d.channel, c.name, p.name,
                d.state, d.tier, o.name, d.registeredAt, d.dueDate, d.supervised, d.urgent, d.dueClock, d.dueAt,
                d.dueWarnAt)
            from Dispute d left join d.category c left join d.compound p left join d.organisation o
            """;
}
