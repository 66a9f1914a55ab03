package org.tiaojie.casework.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.tiaojie.casework.shared.BaseEntity;

/** One step of a supervision: issued, a progress report, a verification, a re-listing, the delisting. */
@Entity
@Table(name = "supervision_event")
public class SupervisionEvent extends BaseEntity {

    @Column(name = "supervision_id", nullable = false, updatable = false)
    private Long supervisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private SupervisionStep kind;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 40, updatable = false)
    private String actor;

    @Column(name = "actor_organisation", length = 100, updatable = false)
    private String actorOrganisation;

    /** A 约谈's counterpart: whom it was held with (a property company's manager, a committee's chair). */
    @Column(name = "counterpart", length = 100, updatable = false)
    private String counterpart;

    /** The day a 约谈 was held. */
    @Column(name = "held_on", updatable = false)
    private LocalDate heldOn;

    protected SupervisionEvent() {
    }

    SupervisionEvent(long supervisionId, SupervisionStep kind, String note, LocalDate dueDate, Instant at, String actor,
            String actorOrganisation) {
        this.supervisionId = supervisionId;
        this.kind = kind;
        this.note = note;
        this.dueDate = dueDate;
        this.occurredAt = at;
        this.actor = actor;
        this.actorOrganisation = actorOrganisation;
    }

    /** A 约谈: held with {@code counterpart} on {@code heldOn}, what was said and agreed in {@code note}. */
    static SupervisionEvent interview(long supervisionId, String counterpart, LocalDate heldOn, String note, Instant at,
            String actor, String actorOrganisation) {
        SupervisionEvent e = new SupervisionEvent(supervisionId, SupervisionStep.INTERVIEWED, note, null, at, actor,
                actorOrganisation);
        e.counterpart = counterpart;
        e.heldOn = heldOn;
        return e;
    }

    public SupervisionEventRow row(java.util.function.UnaryOperator<String> people) {
        return new SupervisionEventRow(getId(), kind, note, dueDate, occurredAt, people.apply(actor), actorOrganisation,
                counterpart, heldOn);
    }
}
