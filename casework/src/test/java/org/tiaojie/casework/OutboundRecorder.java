package org.tiaojie.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.notification.OutboundChannel;

/**
 * The outbound channel as a gateway would see it: every text sent, to which phone, kept for the tests to count.
 * Benchmarks leave it out ({@code tiaojie.test.event-recorder=false}), as they leave out {@link EventRecorder}.
 */
@Component
@Primary
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "tiaojie.test.event-recorder",
        havingValue = "true", matchIfMissing = true)
public class OutboundRecorder implements OutboundChannel {

    /** One text sent. */
    public record Sent(String phone, String text) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String phone, String text) {
        sent.add(new Sent(phone, text));
    }

    /** What was sent to this phone, oldest first. */
    public List<String> to(String phone) {
        return sent.stream().filter(s -> s.phone().equals(phone)).map(Sent::text).toList();
    }
}
