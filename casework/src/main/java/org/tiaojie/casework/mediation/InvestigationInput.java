package org.tiaojie.casework.mediation;

import java.time.Instant;

/** What an investigation note records. */
public record InvestigationInput(Instant investigatedAt, String place, String investigators, String subject,
        String content) {
}
