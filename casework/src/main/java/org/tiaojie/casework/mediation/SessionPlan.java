package org.tiaojie.casework.mediation;

import java.time.Instant;

/** What scheduling a session needs: when, where, who mediates and who is asked to attend. */
public record SessionPlan(Instant scheduledAt, String place, String mediators, String participants) {
}
