package org.tiaojie.scheduler.admin;

import java.time.Instant;

/** A job as the administrator's screen shows it; {@code lastResult} is what the job returned, or a Throwable. */
public record JobRow(String name, String description, Instant lastRun, Instant nextRun, String state,
        Object lastResult) {
}
