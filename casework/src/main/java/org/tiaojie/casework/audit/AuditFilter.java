package org.tiaojie.casework.audit;

import java.time.LocalDate;

/** What the administrator searches the audit log for; every part optional. Dates are Beijing days, inclusive. */
public record AuditFilter(String username, String action, String caseNumber, LocalDate from, LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
