package org.tiaojie.casework.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;

/**
 * One audited action: a login, a read of a case file, a change, an unmasking; who, when, what, on
 * which dispute. Never changed; sealed into the hash chain by {@link AuditChain}.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 40, updatable = false)
    private String username;

    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "dispute_id", updatable = false)
    private Long disputeId;

    @Column(name = "detail", length = 500, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String username, String action, Long disputeId, String detail) {
        this.at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.username = cut(username == null ? "?" : username, 40);
        this.action = cut(action, 40);
        this.disputeId = disputeId;
        this.detail = detail == null ? null : cut(detail, 500);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public Long getDisputeId() {
        return disputeId;
    }

    public String getDetail() {
        return detail;
    }
}
