package org.tiaojie.casework.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;

/** One numbered term: who (obligor) does what, how much, how, where and by when; and whether it was done. */
@Entity
@Table(name = "agreement_term")
public class AgreementTerm extends BaseEntity {

    /** 履行情况. */
    public enum Performance { PENDING, PERFORMED, PARTIAL, NOT_PERFORMED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "obligor_party_id", updatable = false)
    private Long obligorPartyId;

    @Column(name = "obligor", nullable = false, length = 100, updatable = false)
    private String obligor;

    @Column(name = "obligation", nullable = false, length = 1000, updatable = false)
    private String obligation;

    @Column(name = "amount", precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "method", length = 100, updatable = false)
    private String method;

    @Column(name = "place", length = 200, updatable = false)
    private String place;

    @Column(name = "deadline", nullable = false, updatable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "performance", nullable = false, length = 20)
    private Performance performance = Performance.PENDING;

    @Column(name = "performance_note", length = 500)
    private String performanceNote;

    @Column(name = "performance_at")
    private Instant performanceAt;

    @Column(name = "performance_by", length = 40)
    private String performanceBy;

    @Column(name = "evidence_id")
    private Long evidenceId;

    @Version
    /** Set by {@link TermReminders} only (a claim by update); never written from this entity. */
    @Column(name = "due_reminded_at", insertable = false, updatable = false)
    private Instant dueRemindedAt;

    @Column(name = "overdue_reminded_at", insertable = false, updatable = false)
    private Instant overdueRemindedAt;

    @Column(name = "version", nullable = false)
    private long version;

    protected AgreementTerm() {
    }

    AgreementTerm(Agreement agreement, int seq, Long obligorPartyId, String obligor, TermDraft draft, LocalDate today) {
        this.agreement = agreement;
        this.seq = seq;
        this.obligorPartyId = obligorPartyId;
        this.obligor = obligor;
        this.obligation = Fields.required(draft.obligation(), 1000, "field.obligation");
        if (draft.amount() != null && draft.amount().signum() < 0) {
            throw new CaseworkException("term.amountNegative", seq);
        }
        if (draft.amount() != null && draft.amount().scale() > 2) {
            throw new CaseworkException("term.amountScale", seq);
        }
        this.amount = draft.amount();
        this.method = Fields.optional(draft.method(), 100, "field.method");
        this.place = Fields.optional(draft.place(), 200, "field.performancePlace");
        this.deadline = Fields.present(draft.deadline(), "field.deadline");
        if (deadline.isBefore(today)) {
            throw new CaseworkException("term.deadlinePast", seq);
        }
    }

    /** 履行情况 as checked by the mediator, with the note and optionally a proof already attached to the case. */
    void recordPerformance(Performance value, String note, Long evidence, Instant now, String actor) {
        if (Fields.present(value, "field.performance") == Performance.PENDING) {
            throw new CaseworkException("term.performancePending");
        }
        String n = Fields.optional(note, 500, "field.performanceNote");
        if (value != Performance.PERFORMED && n == null) {
            throw new CaseworkException("term.performanceWhy");
        }
        this.performance = value;
        this.performanceNote = n;
        this.evidenceId = evidence;
        this.performanceAt = now;
        this.performanceBy = actor;
    }

    TermRow row() {
        return new TermRow(getId(), seq, obligorPartyId, obligor, obligation, amount, method, place, deadline,
                performance, performanceNote, performanceAt, performanceBy, evidenceId, version);
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getSeq() {
        return seq;
    }
}
