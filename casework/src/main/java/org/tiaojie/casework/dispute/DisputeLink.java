package org.tiaojie.casework.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;

/** A recorded relation to another dispute: a repeat complaint, or related matters (e.g. one building). */
@Entity
@Immutable
@Table(name = "dispute_link")
public class DisputeLink extends BaseEntity {

    /** 重复投诉 or 关联案件. */
    public enum Kind { REPEAT, RELATED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Column(name = "related_id", nullable = false, updatable = false)
    private long relatedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 40, updatable = false)
    private String actor;

    protected DisputeLink() {
    }

    DisputeLink(Dispute dispute, long relatedId, Kind kind, String reason, Instant at, String actor) {
        this.dispute = dispute;
        this.relatedId = relatedId;
        this.kind = kind;
        this.reason = reason;
        this.at = at;
        this.actor = actor;
    }

    public long getRelatedId() {
        return relatedId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }
}
