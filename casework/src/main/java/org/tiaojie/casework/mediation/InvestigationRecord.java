package org.tiaojie.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;

/** 调查记录: who was asked what, where and when, by which investigators. Never changed once kept. */
@Entity
@Immutable
@Table(name = "investigation_record")
public class InvestigationRecord extends BaseEntity {

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    @Column(name = "investigated_at", nullable = false, updatable = false)
    private Instant investigatedAt;

    @Column(name = "place", nullable = false, length = 200, updatable = false)
    private String place;

    @Column(name = "investigators", nullable = false, length = 200, updatable = false)
    private String investigators;

    @Column(name = "subject", nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(name = "content", nullable = false, length = 4000, updatable = false)
    private String content;

    @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected InvestigationRecord() {
    }

    InvestigationRecord(long disputeId, InvestigationInput input, Instant now, String actor) {
        this.disputeId = disputeId;
        this.investigatedAt = Fields.present(input.investigatedAt(), "field.investigatedAt");
        if (investigatedAt.isAfter(now)) {
            throw new CaseworkException("investigation.inFuture");
        }
        this.place = Fields.required(input.place(), 200, "field.place");
        this.investigators = Fields.required(input.investigators(), 200, "field.investigators");
        this.subject = Fields.required(input.subject(), 200, "field.subject");
        this.content = Fields.required(input.content(), 4000, "field.investigationContent");
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    InvestigationRow row(java.util.function.UnaryOperator<String> people) {
        return new InvestigationRow(getId(), investigatedAt, place, investigators, subject, content, people.apply(recordedBy));
    }
}
