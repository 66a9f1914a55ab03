package org.tiaojie.casework.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;

/** 延期申请: a mediator asks for more time on a running clock; a supervisor approves or refuses it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends BaseEntity {

    public enum ExtensionStatus { PENDING, APPROVED, REFUSED }

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_kind", nullable = false, length = 30, updatable = false)
    private ClockKind clockKind;

    @Column(name = "days", nullable = false, updatable = false)
    private int days;

    @Column(name = "reason", nullable = false, length = 500, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ExtensionStatus status = ExtensionStatus.PENDING;

    @Column(name = "requested_by", nullable = false, length = 40, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ExtensionRequest() {
    }

    ExtensionRequest(long disputeId, ClockKind clockKind, int days, String reason, Instant now, String actor) {
        this.disputeId = disputeId;
        this.clockKind = clockKind;
        this.days = days;
        this.reason = Fields.required(reason, 500, "field.extensionReason");
        this.requestedAt = now;
        this.requestedBy = actor;
    }

    /** Decides a pending request; one already decided is refused naming who decided it ({@code people}: by name). */
    void decide(boolean approve, String note, Instant now, String actor, java.util.function.UnaryOperator<String> people) {
        if (status != ExtensionStatus.PENDING) {
            throw new CaseworkException("extension.decided", status, people.apply(decidedBy));
        }
        this.decisionNote = approve ? Fields.optional(note, 500, "field.decisionNote")
                : Fields.required(note, 500, "field.decisionNote");
        this.status = approve ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        this.decidedAt = now;
        this.decidedBy = actor;
    }

    public long getDisputeId() {
        return disputeId;
    }

    public ClockKind getClockKind() {
        return clockKind;
    }

    public int getDays() {
        return days;
    }

    public String getReason() {
        return reason;
    }

    public ExtensionStatus getStatus() {
        return status;
    }

    ExtensionRow row(String caseNumber, String organisationName, java.util.function.UnaryOperator<String> people) {
        return new ExtensionRow(getId(), disputeId, caseNumber, organisationName, clockKind, days, reason, status,
                people.apply(requestedBy), requestedAt, people.apply(decidedBy), decidedAt, decisionNote);
    }
}
