package org.tiaojie.casework.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervision as lists and the detail show it: the subject (a dispute with its case number, or a
 * compound), the notice's data and where it stands.
 */
public record SupervisionRow(long id, String noticeNumber, Supervision.Subject subject, Long disputeId,
        String caseNumber, long compoundId, String compoundName, SupervisionLevel level, SupervisionTrigger trigger,
        String reason, String instruction, LocalDate dueDate, long responsibleId, String responsibleName,
        String leader, String issuerName, SupervisionState state, int relisted, Instant issuedAt, String issuedBy,
        Instant closedAt, long version) {

    /** Past its due date and not yet reported done or closed. */
    public boolean overdue(LocalDate today) {
        return state == SupervisionState.ISSUED && dueDate.isBefore(today);
    }
}
