package org.tiaojie.casework.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry written but not sealed yet; the sealer removes it once the entry has its link. */
@Entity
@Table(name = "audit_pending")
class AuditPending {

    @Id
    @Column(name = "entry_id", nullable = false, updatable = false)
    private Long entryId;

    protected AuditPending() {
    }

    AuditPending(long entryId) {
        this.entryId = entryId;
    }
}
