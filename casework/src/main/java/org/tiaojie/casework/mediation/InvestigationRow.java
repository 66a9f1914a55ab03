package org.tiaojie.casework.mediation;

import java.time.Instant;

public record InvestigationRow(long id, Instant investigatedAt, String place, String investigators, String subject,
        String content, String recordedBy) {
}
