package org.tiaojie.casework.casefile;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A 承办人 of a case: a mediator of the organisation handling it, assigned by its head. The row names the
 * organisation, so an assignment lapses when the case moves to another tier or room.
 */
@Entity
@Table(name = "dispute_handler")
@IdClass(DisputeHandler.Key.class)
public class DisputeHandler {

    @Id
    @Column(name = "dispute_id")
    private Long disputeId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 40, updatable = false)
    private String assignedBy;

    protected DisputeHandler() {
    }

    DisputeHandler(long disputeId, long userId, long organisationId, Instant assignedAt, String assignedBy) {
        this.disputeId = disputeId;
        this.userId = userId;
        this.organisationId = organisationId;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    /** The composite key: case and mediator. */
    public static class Key implements Serializable {
        private Long disputeId;
        private Long userId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(disputeId, k.disputeId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(disputeId, userId);
        }
    }
}
