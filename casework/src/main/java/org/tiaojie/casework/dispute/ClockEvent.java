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

/** The ledger of a clock: started, paused (中止), resumed, extended (延期), recounted, stopped. Never changed. */
@Entity
@Immutable
@Table(name = "clock_event")
public class ClockEvent extends BaseEntity {

    /** RECOUNT: the due time moved because the holiday calendar changed. */
    public enum Type { START, PAUSE, RESUME, EXTEND, STOP, RECOUNT }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clock_id", nullable = false, updatable = false)
    private DisputeClock clock;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 10, updatable = false)
    private Type type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 40, updatable = false)
    private String actor;

    @Column(name = "amount", updatable = false)
    private Integer amount;

    @Column(name = "due_after", nullable = false, updatable = false)
    private Instant dueAfter;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    protected ClockEvent() {
    }

    ClockEvent(DisputeClock clock, Type type, Instant at, String actor, Integer amount, Instant dueAfter, String reason) {
        this.clock = clock;
        this.type = type;
        this.at = at;
        this.actor = actor;
        this.amount = amount;
        this.dueAfter = dueAfter;
        this.reason = reason;
    }

    public Type getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Integer getAmount() {
        return amount;
    }

    public Instant getDueAfter() {
        return dueAfter;
    }

    public String getReason() {
        return reason;
    }
}
