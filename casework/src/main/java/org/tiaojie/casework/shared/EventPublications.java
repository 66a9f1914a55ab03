package org.tiaojie.casework.shared;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * The dispute events still on their way to an asynchronous listener (stored in the event
 * publication registry and not yet completed). Start-up work that must leave the application
 * settled (the demo district) waits for them, and so do tests and benchmarks that read what the
 * listeners write (intake supervision).
 */
@Component
public class EventPublications {

    /**
     * What a redelivery did: how many publications were handed to their listeners again, and for
     * how many days completed ones are kept (older ones were deleted).
     */
    public record Redelivered(int publications, long keptDays) {
    }

    private final EventPublicationRegistry registry;
    private final IncompleteEventPublications incomplete;

    EventPublications(EventPublicationRegistry registry, IncompleteEventPublications incomplete) {
        this.registry = registry;
        this.incomplete = incomplete;
    }

    /**
     * Hands publications incomplete for longer than {@code age} to their listeners again. The
     * listeners are idempotent (intake supervision issues a trigger's notice once), so one that was
     * only slow is not harmed by a second delivery.
     */
    public Redelivered redeliverOlderThan(Duration age) {
        return redeliverOlderThan(age, null);
    }

    /**
     * Redelivers like {@link #redeliverOlderThan(Duration)} and deletes the publications completed
     * more than {@code keepCompleted} ago: the registry stores one per registration and merged call,
     * and would otherwise grow with the caseload (the audit log keeps what happened to each case).
     */
    public Redelivered redeliverOlderThan(Duration age, Duration keepCompleted) {
        int stale = registry.findIncompletePublicationsOlderThan(age).size();
        if (stale > 0) {
            incomplete.resubmitIncompletePublicationsOlderThan(age);
        }
        if (keepCompleted != null) {
            registry.deleteCompletedPublicationsOlderThan(keepCompleted);
        }
        return new Redelivered(stale, keepCompleted == null ? -1 : keepCompleted.toDays());
    }

    /** How many publications are not yet completed. */
    public int outstanding() {
        return registry.findIncompletePublications().size();
    }

    /** Waits until every publication is completed, up to {@code timeout}; says whether they were. */
    public boolean awaitSettled(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outstanding() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
