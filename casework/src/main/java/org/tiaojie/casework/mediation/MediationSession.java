package org.tiaojie.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;

/**
 * 调解会: a session scheduled on a case (time, place, mediators, participants) and, once held,
 * its minutes (调解笔录): who attended, what each side stated, the questions and answers, and
 * whether the parties agreed orally.
 */
@Entity
@Table(name = "mediation_session")
public class MediationSession extends BaseEntity {

    public enum SessionStatus { SCHEDULED, HELD, CANCELLED }

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    /** 第 N 次调解 within the case. */
    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "mediators", nullable = false, length = 200)
    private String mediators;

    @Column(name = "participants", nullable = false, length = 500)
    private String participants;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "recorder", length = 50)
    private String recorder;

    @Column(name = "attendance", length = 1000)
    private String attendance;

    @Column(name = "statements", length = 4000)
    private String statements;

    @Column(name = "questions_answers", length = 4000)
    private String questionsAnswers;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Column(name = "oral_agreement", nullable = false)
    private boolean oralAgreement;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_by", nullable = false, length = 40, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MediationSession() {
    }

    MediationSession(long disputeId, int seq, SessionPlan plan, Instant now, String actor) {
        this.disputeId = disputeId;
        this.seq = seq;
        this.createdAt = now;
        this.createdBy = actor;
        apply(plan);
    }

    private void apply(SessionPlan plan) {
        this.scheduledAt = Fields.present(plan.scheduledAt(), "field.sessionTime");
        this.place = Fields.required(plan.place(), 200, "field.place");
        this.mediators = Fields.required(plan.mediators(), 200, "field.mediators");
        this.participants = Fields.required(plan.participants(), 500, "field.participants");
    }

    /** Records the minutes of a scheduled session; a session is recorded once. */
    void record(SessionMinutes minutes, Instant now) {
        if (status != SessionStatus.SCHEDULED) {
            throw new CaseworkException("session.notScheduled", status);
        }
        Instant held = Fields.present(minutes.heldAt(), "field.heldAt");
        if (held.isAfter(now)) {
            throw new CaseworkException("session.heldInFuture");
        }
        if (minutes.endedAt() != null && !minutes.endedAt().isAfter(held)) {
            throw new CaseworkException("session.endBeforeStart");
        }
        this.heldAt = held;
        this.endedAt = minutes.endedAt();
        this.recorder = Fields.required(minutes.recorder(), 50, "field.recorder");
        this.attendance = Fields.required(minutes.attendance(), 1000, "field.attendance");
        this.statements = Fields.required(minutes.statements(), 4000, "field.statements");
        this.questionsAnswers = Fields.optional(minutes.questionsAnswers(), 4000, "field.questionsAnswers");
        this.outcomeNote = Fields.optional(minutes.outcomeNote(), 1000, "field.outcomeNote");
        this.oralAgreement = minutes.oralAgreement();
        if (oralAgreement && outcomeNote == null) {
            throw new CaseworkException("session.oralAgreementText");
        }
        this.status = SessionStatus.HELD;
    }

    void cancel(String reason) {
        if (status != SessionStatus.SCHEDULED) {
            throw new CaseworkException("session.notScheduled", status);
        }
        this.cancelReason = Fields.required(reason, 500, "field.cancelReason");
        this.status = SessionStatus.CANCELLED;
    }

    void reschedule(SessionPlan plan) {
        if (status != SessionStatus.SCHEDULED) {
            throw new CaseworkException("session.notScheduled", status);
        }
        apply(plan);
    }

    SessionRow row() {
        return new SessionRow(getId(), disputeId, seq, scheduledAt, place, mediators, participants, status, heldAt,
                endedAt, recorder, attendance, statements, questionsAnswers, outcomeNote, oralAgreement, cancelReason);
    }

    public long getDisputeId() {
        return disputeId;
    }

    public int getSeq() {
        return seq;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public boolean isOralAgreement() {
        return oralAgreement;
    }
}
