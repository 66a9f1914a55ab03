package org.tiaojie.casework.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A supervision's step as the screens show it. */
public record SupervisionEventRow(long id, SupervisionStep kind, String note, LocalDate dueDate,
        Instant occurredAt, String actor, String actorOrganisation) {
}
