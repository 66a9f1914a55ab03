package org.tiaojie.casework.dispute;

import java.time.Instant;

/**
 * A case finished in an earlier system, as checked for import: what it was ({@code dispute}, registered at its
 * {@code PlatformDetails#calledAt()}), when and how it ended, the earlier system's words on it and its number there.
 */
public record FinishedDispute(NewDispute dispute, Instant endedAt, HistoricOutcome outcome, String note,
        String legacyNumber) {
}
