package org.tiaojie.casework.dispute;

import java.time.Instant;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.organisation.Tier;

/**
 * What happened to a dispute, in the past tense, carrying ids rather than entities. Published
 * when the dispute is saved and delivered to listeners after commit; listeners that must not
 * miss one are recorded in the event publication registry until they have handled it.
 */
public sealed interface DisputeEvent {

    long disputeId();

    Instant at();

    String actor();

    record DisputeRegistered(long disputeId, String caseNumber, Channel channel, Long organisationId, Tier tier,
            boolean urgent, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeAccepted(long disputeId, Long organisationId, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeRejected(long disputeId, String reason, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeTransferredOut(long disputeId, String department, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeReturned(long disputeId, Long toOrganisationId, String reason, Instant at, String actor)
            implements DisputeEvent {
    }

    record MediationStarted(long disputeId, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeSuspended(long disputeId, String reason, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeResumed(long disputeId, Instant at, String actor) implements DisputeEvent {
    }

    record AgreementConcluded(long disputeId, Instant at, String actor) implements DisputeEvent {
    }

    record MediationFailed(long disputeId, Tier tier, String reason, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeEscalated(long disputeId, Tier toTier, Long toOrganisationId, Instant at, String actor)
            implements DisputeEvent {
    }

    record DisputeReferredToCourt(long disputeId, Long courtId, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeReturnedByCourt(long disputeId, String reason, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeClosed(long disputeId, ClosureType closureType, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeRevisited(long disputeId, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeArchived(long disputeId, Instant at, String actor) implements DisputeEvent {
    }

    record DisputeReopened(long disputeId, String reason, Instant at, String actor) implements DisputeEvent {
    }

    record ContactMerged(long disputeId, Channel channel, String externalRef, int contactCount, Instant at, String actor)
            implements DisputeEvent {
    }

    record ClockExtended(long disputeId, ClockKind kind, int by, Instant newDueAt, Instant at, String actor)
            implements DisputeEvent {
    }
}
