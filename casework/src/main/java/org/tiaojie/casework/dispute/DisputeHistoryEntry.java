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
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.BaseEntity;

/** One recorded move of a dispute: who, when, from, to, tier, organisation, reason. Never changed. */
@Entity
@Immutable
@Table(name = "dispute_history")
public class DisputeHistoryEntry extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 40, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20, updatable = false)
    private DisputeState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20, updatable = false)
    private DisputeState toState;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", length = 20, updatable = false)
    private Tier tier;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    /** Set for work that did not move the state (a session held, evidence added); null for moves. */
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", length = 30, updatable = false)
    private DisputeActivity activity;

    protected DisputeHistoryEntry() {
    }

    DisputeHistoryEntry(Dispute dispute, Instant at, String actor, DisputeState fromState, DisputeState toState,
            Tier tier, Long organisationId, String reason, DisputeActivity activity) {
        this.dispute = dispute;
        this.at = at;
        this.actor = actor;
        this.fromState = fromState;
        this.toState = toState;
        this.tier = tier;
        this.organisationId = organisationId;
        this.reason = org.tiaojie.casework.shared.PrintableText.check(reason, "field.reason");
        this.activity = activity;
    }

    public DisputeActivity getActivity() {
        return activity;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public DisputeState getFromState() {
        return fromState;
    }

    public DisputeState getToState() {
        return toState;
    }

    public Tier getTier() {
        return tier;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getReason() {
        return reason;
    }
}
