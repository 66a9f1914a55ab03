package org.tiaojie.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.tiaojie.casework.shared.EventPublications;

/** For tests that act on a dispute right after registering it: intake supervision comes after the commit. */
public final class Settled {

    private Settled() {
    }

    /** Waits until the asynchronous listeners have handled every event so far, up to 30 s. */
    public static void await(EventPublications publications) {
        assertThat(publications.awaitSettled(Duration.ofSeconds(30))).as("event publications completed").isTrue();
    }
}
