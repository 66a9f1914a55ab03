package org.tiaojie.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.Fields;

/** 回访记录: when and how the parties were asked after closure, and how satisfied they were. */
@Entity
@Immutable
@Table(name = "return_visit")
public class ReturnVisit extends BaseEntity {

    public enum VisitMethod { PHONE, HOME_VISIT, SMS, ONLINE }

    public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED }

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 10, updatable = false)
    private VisitMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction", nullable = false, length = 20, updatable = false)
    private Satisfaction satisfaction;

    @Column(name = "comments", length = 1000, updatable = false)
    private String comments;

    @Column(name = "visitor", nullable = false, length = 50, updatable = false)
    private String visitor;

    @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReturnVisit() {
    }

    ReturnVisit(long disputeId, ReturnVisitInput input, Instant now, String actor) {
        this.disputeId = disputeId;
        this.visitedOn = Fields.present(input.visitedOn(), "field.visitedOn");
        this.method = Fields.present(input.method(), "field.visitMethod");
        this.satisfaction = Fields.present(input.satisfaction(), "field.satisfaction");
        this.comments = Fields.optional(input.comments(), 1000, "field.comments");
        this.visitor = Fields.required(input.visitor(), 50, "field.visitor");
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    ReturnVisitRow row(java.util.function.UnaryOperator<String> people) {
        return new ReturnVisitRow(getId(), visitedOn, method, satisfaction, comments, visitor, people.apply(recordedBy));
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }
}
