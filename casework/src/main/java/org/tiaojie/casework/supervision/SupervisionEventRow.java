package org.tiaojie.casework.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A supervision's step as the screens show it; a 约谈 with whom it was held and on which day. */
public record SupervisionEventRow(long id, SupervisionStep kind, String note, LocalDate dueDate,
        Instant occurredAt, String actor, String actorOrganisation, String counterpart, LocalDate heldOn) {
}
