package org.tiaojie.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.dispute.DisputeEvent;

/**
 * A listener as other modules write them: asynchronous, after commit, in a transaction of its own
 * ({@link ApplicationModuleListener}), recorded in the event publication registry until done.
 * Benchmarks leave it out ({@code tiaojie.test.event-recorder=false}): production has no such listener.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "tiaojie.test.event-recorder",
        havingValue = "true", matchIfMissing = true)
public class EventRecorder {

    private final List<DisputeEvent> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(DisputeEvent event) {
        received.add(event);
    }

    public List<DisputeEvent> of(long disputeId) {
        return received.stream().filter(e -> e.disputeId() == disputeId).toList();
    }

    /** The events of a dispute once {@code count} have arrived (they come asynchronously), waiting up to 10 s. */
    public List<DisputeEvent> await(long disputeId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (of(disputeId).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return of(disputeId);
    }
}
