package org.tiaojie.casework.dispute;

import java.time.Instant;
import java.time.LocalDate;
import org.tiaojie.casework.organisation.Tier;

/** A dispute as queues and lists show it: flat, no lazy associations. */
public record DisputeRow(long id, String caseNumber, Channel channel, String categoryName, String compoundName,
        DisputeState state, Tier tier, String organisationName, Instant registeredAt, LocalDate dueDate,
        boolean supervised, boolean urgent) {
}
