package org.tiaojie.casework.audit;

import java.time.Instant;

/** One line of the audit log as the administrator reads it. */
public record AuditRow(long id, Instant at, String username, String action, Long disputeId, String caseNumber,
        String detail) {

    AuditRow withCaseNumber(String number) {
        return new AuditRow(id, at, username, action, disputeId, number, detail);
    }
}
