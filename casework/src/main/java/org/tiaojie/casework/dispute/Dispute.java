package org.tiaojie.casework.dispute;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 纠纷案件: the aggregate root. Its place (compound, community, street, district) is copied
 * into indexed columns so that jurisdiction filters need no joins. State changes are methods
 * that check the lifecycle and append to the history, which is never changed.
 */
@Entity
@Table(name = "dispute")
public class Dispute extends BaseEntity {

    @Column(name = "case_number", nullable = false, length = 60, unique = true, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 30, updatable = false)
    private Channel channel;

    @Column(name = "external_ref", length = 60, updatable = false)
    private String externalRef;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private DisputeCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compound_id", nullable = false)
    private Compound compound;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "street_id", nullable = false)
    private long streetId;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "party_count", nullable = false)
    private int partyCount;

    @Column(name = "caller_name", length = 50)
    private String callerName;

    @Column(name = "caller_phone", length = 20)
    private String callerPhone;

    @Column(name = "flag_group", nullable = false)
    private boolean groupDispute;

    @Column(name = "flag_leader", nullable = false)
    private boolean leaderInstruction;

    @Column(name = "flag_opinion", nullable = false)
    private boolean publicOpinion;

    @Column(name = "flag_urgent", nullable = false)
    private boolean urgent;

    @Column(name = "supervised", nullable = false)
    private boolean supervised;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", length = 20)
    private Tier tier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "court_id")
    private Organisation court;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DisputeState state;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    /** The nearest running deadline (the tier's clock for now); null when no clock runs. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<DisputeHistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<DisputeParty> parties = new ArrayList<>();

    @Column(name = "last_modified_by", length = 40)
    private String lastModifiedBy;

    @Column(name = "last_modified_at")
    private Instant lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Dispute() {
    }

    /** A new dispute routed to an organisation at a tier; the first history entry records it. */
    public Dispute(String caseNumber, Channel channel, String externalRef, DisputeCategory category, Compound compound,
            String description, BigDecimal amount, int partyCount, Organisation organisation, Tier tier,
            LocalDate dueDate, Instant now, String actor) {
        if (description == null || description.isBlank()) {
            throw new CaseworkException("dispute.description.required");
        }
        if (partyCount < 1) {
            throw new CaseworkException("dispute.partyCount.invalid");
        }
        if (amount != null && amount.signum() < 0) {
            throw new CaseworkException("dispute.amount.negative");
        }
        this.caseNumber = caseNumber;
        this.channel = channel;
        this.externalRef = externalRef;
        this.category = category;
        this.compound = compound;
        this.communityId = compound.getCommunity().getId();
        this.streetId = compound.getCommunity().getStreet().getId();
        this.districtId = compound.getCommunity().getStreet().getDistrict().getId();
        this.description = description.strip();
        this.amount = amount;
        this.partyCount = partyCount;
        this.groupDispute = partyCount >= 10;
        this.organisation = organisation;
        this.tier = tier;
        this.state = DisputeState.REGISTERED;
        this.registeredAt = now;
        this.dueDate = dueDate;
        record(now, actor, null, DisputeState.REGISTERED, null);
    }

    public void setCaller(String name, String phone) {
        this.callerName = name;
        this.callerPhone = phone;
    }

    public void setFlags(boolean leaderInstruction, boolean publicOpinion, boolean urgent) {
        this.leaderInstruction = leaderInstruction;
        this.publicOpinion = publicOpinion;
        this.urgent = urgent;
    }

    public void markSupervised(boolean value) {
        this.supervised = value;
    }

    /**
     * Moves to {@code target} if the lifecycle allows it from the current state; records who, when,
     * why. Refuses illegal moves with a message naming both states.
     */
    public void moveTo(DisputeState target, Instant now, String actor, String reason, LocalDate newDueDate) {
        if (!state.canMoveTo(target)) {
            throw new CaseworkException("dispute.move.illegal", state, target);
        }
        DisputeState from = state;
        state = target;
        dueDate = newDueDate;
        if (target == DisputeState.CLOSED) {
            closedAt = now;
        }
        record(now, actor, from, target, reason);
    }

    /** Escalates to the next tier's organisation (community → street → district) and re-registers there. */
    public void escalate(Organisation next, Instant now, String actor, String reason, LocalDate newDueDate) {
        Tier nextTier = tier == null ? null : tier.next();
        if (nextTier == null || next.getKind().tier() != nextTier) {
            throw new CaseworkException("dispute.escalate.noTier");
        }
        moveTo(DisputeState.ESCALATED, now, actor, reason, null);
        this.tier = nextTier;
        this.organisation = next;
        moveTo(DisputeState.REGISTERED, now, actor, reason, newDueDate);
    }

    /** After mediation failed (or for confirmation of an agreement): the case goes to a court. */
    public void referToCourt(Organisation courtOrganisation, Instant now, String actor, String reason) {
        if (courtOrganisation.getKind() != OrganisationKind.COURT) {
            throw new CaseworkException("dispute.refer.notCourt");
        }
        moveTo(DisputeState.REFERRED_TO_COURT, now, actor, reason, null);
        this.court = courtOrganisation;
    }

    /** Adds a party after validating it; refuses with the reason in Chinese. */
    public DisputeParty addParty(PartyDetails details, Instant now, String actor) {
        DisputeParty party = new DisputeParty(this, details);
        parties.add(party);
        touch(now, actor);
        return party;
    }

    public List<DisputeParty> getParties() {
        return Collections.unmodifiableList(parties);
    }

    private void touch(Instant at, String actor) {
        this.lastModifiedAt = at;
        this.lastModifiedBy = actor;
    }

    private void record(Instant at, String actor, DisputeState from, DisputeState to, String reason) {
        touch(at, actor);
        history.add(new DisputeHistoryEntry(this, at, actor, from, to, tier,
                organisation == null ? null : organisation.getId(), reason));
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public DisputeCategory getCategory() {
        return category;
    }

    public Compound getCompound() {
        return compound;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getPartyCount() {
        return partyCount;
    }

    public Tier getTier() {
        return tier;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getCourt() {
        return court;
    }

    public DisputeState getState() {
        return state;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isSupervised() {
        return supervised;
    }

    public List<DisputeHistoryEntry> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public long getVersion() {
        return version;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public Instant getLastModifiedAt() {
        return lastModifiedAt;
    }
}
