package org.tiaojie.casework.dispute;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DeadlinePolicy;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.BlindIndexed;
import org.tiaojie.casework.shared.BlindIndexing;
import org.tiaojie.casework.shared.DataCipher;
import org.tiaojie.casework.shared.EncryptedText;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;
import org.tiaojie.casework.shared.PrintableText;

/**
 * 纠纷案件: the aggregate root. Its place (compound, community, street, district) is copied
 * into indexed columns so that jurisdiction filters need no joins. State changes are methods
 * that check the lifecycle and append to the history, which is never changed.
 */
@Entity
@EntityListeners(BlindIndexing.class)
@Table(name = "dispute")
public class Dispute extends BaseEntity implements BlindIndexed {

    static final LocalDate NO_DUE = LocalDate.of(9999, 12, 31);

    @Column(name = "case_number", nullable = false, length = 60, unique = true, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 30, updatable = false)
    private Channel channel;

    @Column(name = "external_ref", length = 60, updatable = false)
    private String externalRef;

    /** The number of a case brought in from an earlier system (历史案件导入), there; null for Tiaojie's own cases. */
    @Column(name = "legacy_number", length = 60, updatable = false)
    private String legacyNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private DisputeCategory category;

    /** The category's key as a column of the dispute, for filters that must stay on the dispute's indexes. */
    @Column(name = "category_id", insertable = false, updatable = false)
    private Long categoryId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "compound_id", nullable = false)
    private Compound compound;

    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Column(name = "street_id", nullable = false)
    private Long streetId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "party_count", nullable = false)
    private int partyCount;

    @Column(name = "caller_name", length = 50)
    private String callerName;

    @Convert(converter = EncryptedText.class)
    @Column(name = "caller_phone", length = 100)
    private String callerPhone;

    /** The caller's phone as its blind index: what caller history and repeat counts compare. */
    @Column(name = "caller_phone_key", length = 32)
    private String callerPhoneKey;

    /** A second number the platform gave to reach the caller (联系电话), when it differs from the calling one. */
    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_phone", length = 100)
    private String contactPhone;

    /** The caller's address as the platform gave it (楼栋/单元/室). */
    @Column(name = "address_detail", length = PlatformDetails.MAX_ADDRESS)
    private String addressDetail;

    /** The platform's dispatch instruction (派单要求). */
    @Column(name = "dispatch_note", length = PlatformDetails.MAX_DISPATCH_NOTE)
    private String dispatchNote;

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

    /** The same column as a value, so that queue filters hit ix_dispute_queue without a join. */
    @Column(name = "organisation_id", insertable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "court_id")
    private Organisation court;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DisputeState state;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    /** The last day of the nearest running clock; null when no clock runs. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    /** {@link #dueDate} for ordering queues: the far future when no clock runs (indexed, never null). */
    @Column(name = "queue_due", nullable = false)
    private LocalDate queueDue = NO_DUE;

    /** Which clock {@link #dueDate} belongs to, and its exact due and 临期 times, for the lists. */
    @Enumerated(EnumType.STRING)
    @Column(name = "due_clock", length = 30)
    private ClockKind dueClock;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "due_warn_at")
    private Instant dueWarnAt;

    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the record ended (closed, not accepted, transferred out): its 保管期限 counts from here. */
    @Column(name = "ended_at")
    private Instant endedAt;

    /** 保全: why the case is held beyond its 保管期限 (a pending suit, a complaint, an authority's request). */
    @Column(name = "legal_hold", length = 200)
    private String legalHold;

    @Column(name = "legal_hold_by", length = 40)
    private String legalHoldBy;

    @Column(name = "legal_hold_at")
    private Instant legalHoldAt;

    /** When its 保管期限 had passed and its personal data was anonymised. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_ground", length = 20)
    private RejectionGround rejectionGround;

    /** 信访 复查 and 复核: when each was requested and decided (信访工作条例 Art. 35 and 36). */
    @Column(name = "review_requested_on")
    private LocalDate reviewRequestedOn;

    @Column(name = "review_decided_at")
    private Instant reviewDecidedAt;

    @Column(name = "recheck_requested_on")
    private LocalDate recheckRequestedOn;

    @Column(name = "recheck_decided_at")
    private Instant recheckDecidedAt;

    /** 委派 or 委托, for a dispute a court entrusted to mediation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "entrustment_stage", length = 20)
    private EntrustmentStage entrustmentStage;

    /** 办结反馈: when the final reply to the 12345 platform was given; closure waits for it. */
    @Column(name = "final_reply_at")
    private Instant finalReplyAt;

    @Column(name = "closed_on_time")
    private Boolean closedOnTime;

    @Column(name = "days_to_close")
    private Integer daysToClose;

    /** The clocks whose expiry makes a closure late (按期办结率). */
    private static final java.util.Set<ClockKind> HANDLING_CLOCKS = java.util.EnumSet.of(ClockKind.MEDIATION,
            ClockKind.SIGN_FOR, ClockKind.PLATFORM_REPLY, ClockKind.PETITION_HANDLING);

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_type", length = 30)
    private ClosureType closureType;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from", length = 20)
    private DisputeState suspendedFrom;

    /** 转办: the functional department that took the matter over. */
    @Column(name = "transferred_to", length = 50)
    private String transferredTo;

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("startedAt, id")
    private List<DisputeClock> clocks = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<DisputeHistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("id")
    private List<DisputeParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<DisputeContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<DisputeLink> links = new ArrayList<>();

    /** Further contacts (并单) since registration; feeds repeat-complaint supervision. */
    @Column(name = "contact_count", nullable = false)
    private int contactCount;

    /** Counted by the repeat-complaint rule (the third or later complaint of its subject within 30 days). */
    @Column(name = "repeat_complaint", nullable = false)
    private boolean repeatComplaint;

    @Column(name = "last_modified_by", length = 40)
    private String lastModifiedBy;

    @Column(name = "last_modified_at")
    private Instant lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Events raised since the last save; built when published, once the id is known. */
    @Transient
    private final List<Function<Dispute, DisputeEvent>> pendingEvents = new ArrayList<>();

    /** The notes taken in this unit of work (a session scheduled, evidence added…), for the audit log. */
    @Transient
    private final List<DisputeHistoryEntry> pendingNotes = new ArrayList<>();

    protected Dispute() {
    }

    /**
     * A new dispute routed to an organisation at a tier; the first history entry records it and
     * the channel's clocks start (12345: sign-for and platform reply; petitions: acceptance).
     */
    public Dispute(String caseNumber, NewDispute input, DisputeCategory category, Compound compound,
            Organisation organisation, Tier tier, ClockRules rules, Instant now, String actor) {
        this(caseNumber, input, category, compound, organisation, tier, rules, now, actor, true);
    }

    /** {@code live}: a case Tiaojie handles from now on (its clocks start, its registration is announced). */
    private Dispute(String caseNumber, NewDispute input, DisputeCategory category, Compound compound,
            Organisation organisation, Tier tier, ClockRules rules, Instant now, String actor, boolean live) {
        if (input.channel() == null) {
            throw new CaseworkException("dispute.channel.required");
        }
        if (input.description() == null || input.description().isBlank()) {
            throw new CaseworkException("dispute.description.required");
        }
        if (input.description().strip().length() > 4000) {
            throw new CaseworkException("dispute.description.tooLong", 4000);
        }
        if (input.partyCount() < 1) {
            throw new CaseworkException("dispute.partyCount.invalid");
        }
        if (input.amount() != null && input.amount().signum() < 0) {
            throw new CaseworkException("dispute.amount.negative");
        }
        this.caseNumber = caseNumber;
        this.channel = input.channel();
        this.externalRef = input.externalRef();
        this.category = category;
        this.compound = compound;
        this.communityId = compound.getCommunity().getId();
        this.streetId = compound.getCommunity().getStreet().getId();
        this.districtId = compound.getCommunity().getStreet().getDistrict().getId();
        this.description = PrintableText.check(input.description().strip(), "field.description");
        this.amount = input.amount();
        this.partyCount = input.partyCount();
        this.groupDispute = input.partyCount() >= 10;
        this.callerName = PrintableText.check(input.callerName(), "field.callerName");
        this.callerPhone = input.callerPhone();
        PlatformDetails sent = input.platform();
        this.contactPhone = sent.contactPhone() == null || sent.contactPhone().equals(input.callerPhone()) ? null
                : sent.contactPhone();
        this.addressDetail = sent.address() == null ? null : PrintableText.check(sent.address(), "field.addressDetail");
        this.dispatchNote = sent.dispatchNote() == null ? null
                : PrintableText.check(sent.dispatchNote(), "field.dispatchNote");
        this.leaderInstruction = input.leaderInstruction();
        this.publicOpinion = input.publicOpinion();
        this.urgent = input.urgent();
        this.organisation = organisation;
        this.tier = tier;
        this.state = DisputeState.REGISTERED;
        this.registeredAt = now;
        record(now, actor, null, DisputeState.REGISTERED, null);
        if (!live) {
            refresh();
            return;
        }
        raise(d -> new DisputeEvent.DisputeRegistered(d.getId(), d.caseNumber, d.channel, orgId(d.organisation), d.tier,
                d.urgent, now, actor));
        if (channel == Channel.HOTLINE_12345) {
            startClock(ClockKind.SIGN_FOR, rules, now, actor);
            startReplyClock(rules, now, actor, sent.replyDays());
        } else if (channel.isPetition()) {
            startClock(ClockKind.PETITION_ACCEPTANCE, rules, now, actor);
        }
        refresh();
    }

    /**
     * A case finished in an earlier system, brought in as it ended there (历史案件导入): registered and ended at its own
     * times by the earlier system ({@link PeopleNames#HISTORY}), closed the way its outcome says or not taken up, with
     * a line of the timeline for the import by {@code actor}. No clock runs and nothing is announced, so no notice,
     * reminder or supervision follows; the figures count it in its own period like any case that ended so.
     */
    public static Dispute finished(String caseNumber, FinishedDispute finished, DisputeCategory category,
            Compound compound, Organisation organisation, Tier tier, ClockRules rules, Instant importedAt,
            String actor) {
        Instant registered = finished.dispute().platform().calledAt();
        Instant ended = finished.endedAt();
        if (registered == null || ended == null || ended.isBefore(registered) || ended.isAfter(importedAt)) {
            throw new CaseworkException("history.endedAt.order");
        }
        String earlier = org.tiaojie.casework.account.PeopleNames.HISTORY;
        Dispute d = new Dispute(caseNumber, finished.dispute(), category, compound, organisation, tier, rules,
                registered, earlier, false);
        d.legacyNumber = finished.legacyNumber();
        for (PartyDetails party : finished.dispute().parties()) {
            d.addParty(party, registered, earlier);
        }
        String note = finished.note() == null || finished.note().isBlank() ? null
                : truncate(PrintableText.check(finished.note().strip(), "field.historyNote"), 500);
        HistoricOutcome outcome = finished.outcome();
        // the steps in between happened in the earlier system, not in this lifecycle: one line records the end
        DisputeState end = outcome.closure() == null ? DisputeState.REJECTED : DisputeState.CLOSED;
        d.state = end;
        d.endedAt = ended;
        d.record(ended, earlier, DisputeState.REGISTERED, end, note);
        if (end == DisputeState.REJECTED) {
            d.rejectionGround = RejectionGround.OTHER;
        } else {
            // no handling clock ran in Tiaojie: neither on time nor late, and no working days counted
            d.closureType = outcome.closure();
            d.closedAt = ended;
        }
        d.note(DisputeActivity.HISTORY_IMPORTED, finished.legacyNumber(), importedAt, actor);
        d.refresh();
        return d;
    }

    /** The case's number in the earlier system it was brought in from, or null. */
    public String getLegacyNumber() {
        return legacyNumber;
    }

    public void markSupervised(boolean value) {
        this.supervised = value;
    }

    // ---------------------------------------------------------------- lifecycle (docs/DOMAIN.md)

    /** 受理: the organisation signs for the case; the tier's mediation clock starts. */
    public void accept(ClockRules rules, Instant now, String actor) {
        move(DisputeState.ACCEPTED, now, actor, null);
        raise(d -> new DisputeEvent.DisputeAccepted(d.getId(), orgId(d.organisation), now, actor));
        stopClocks(now, actor, ClockKind.SIGN_FOR, ClockKind.PETITION_ACCEPTANCE);
        if (channel.isPetition()) {
            startClock(ClockKind.PETITION_HANDLING, rules, now, actor);
        }
        startClock(ClockKind.MEDIATION, rules, now, actor);
        refresh();
    }

    /**
     * 不予受理 on a ground of its own — one party has clearly refused mediation (人民调解法 Art. 17), not a
     * property dispute, handled elsewhere, other — with what the applicant is told.
     */
    public void reject(RejectionGround ground, String detail, Instant now, String actor) {
        if (ground == null) {
            throw new CaseworkException("dispute.reject.ground");
        }
        String label = org.tiaojie.casework.shared.CaseworkMessages.label(java.util.Locale.SIMPLIFIED_CHINESE, ground);
        String text = detail == null || detail.isBlank() ? (ground == RejectionGround.OTHER ? null : label)
                : ground == RejectionGround.OTHER ? detail.strip() : label + "：" + detail.strip();
        reject(text, now, actor);
        this.rejectionGround = ground;
    }

    /** 不予受理, with the reason the applicant is told. */
    public void reject(String reason, Instant now, String actor) {
        move(DisputeState.REJECTED, now, actor, requireReason(reason));
        raise(d -> new DisputeEvent.DisputeRejected(d.getId(), reason.strip(), now, actor));
        stopAllClocks(now, actor);
        refresh();
    }

    /** 转办: a matter of a functional department (违建 → 综合执法) leaves mediation with a record. */
    public void transferOut(String department, String reason, Instant now, String actor) {
        if (department == null || department.isBlank()) {
            throw new CaseworkException("dispute.transfer.department");
        }
        move(DisputeState.TRANSFERRED, now, actor, requireReason(reason));
        this.transferredTo = department.strip();
        raise(d -> new DisputeEvent.DisputeTransferredOut(d.getId(), d.transferredTo, now, actor));
        stopAllClocks(now, actor);
        refresh();
    }

    /** 退单: the organisation sends the case back with a reason; it is re-dispatched to another one. */
    public void returnAndRedispatch(Organisation to, String reason, Instant now, String actor) {
        String why = requireReason(reason);
        if (to == null || to.equals(organisation)) {
            throw new CaseworkException("dispute.return.sameOrganisation");
        }
        this.organisation = to;
        if (to.getKind().tier() != null) {
            this.tier = to.getKind().tier();
        }
        move(DisputeState.REGISTERED, now, actor, why);
        raise(d -> new DisputeEvent.DisputeReturned(d.getId(), orgId(to), why, now, actor));
        refresh();
    }

    public void startMediation(Instant now, String actor) {
        move(DisputeState.IN_MEDIATION, now, actor, null);
        raise(d -> new DisputeEvent.MediationStarted(d.getId(), now, actor));
    }

    /** 中止 (鉴定, a party unavailable): the mediation clock pauses until the case resumes. */
    public void suspend(String reason, Instant now, String actor) {
        if (state != DisputeState.ACCEPTED && state != DisputeState.IN_MEDIATION) {
            throw new CaseworkException("dispute.suspend.notRunning", state);
        }
        DisputeState from = state;
        move(DisputeState.SUSPENDED, now, actor, requireReason(reason));
        suspendedFrom = from;
        raise(d -> new DisputeEvent.DisputeSuspended(d.getId(), reason.strip(), now, actor));
        clocks(ClockKind.MEDIATION).forEach(c -> c.pause(now, actor, reason));
        refresh();
    }

    /** Back to where it was before the suspension; the clock gets the paused time back. */
    public void resume(ClockRules rules, Instant now, String actor, String reason) {
        DisputeState back = suspendedFrom == null ? DisputeState.ACCEPTED : suspendedFrom;
        move(back, now, actor, reason);
        suspendedFrom = null;
        raise(d -> new DisputeEvent.DisputeResumed(d.getId(), now, actor));
        clocks(ClockKind.MEDIATION).forEach(c -> c.resume(now, actor, rules.calculator()));
        refresh();
    }

    /**
     * 达成协议: the mediation clock stops. The window for judicial confirmation opens only when a
     * written agreement takes effect ({@link #agreementTookEffect}).
     */
    public void agree(ClockRules rules, Instant now, String actor) {
        move(DisputeState.AGREED, now, actor, null);
        raise(d -> new DisputeEvent.AgreementConcluded(d.getId(), now, actor));
        stopClocks(now, actor, ClockKind.MEDIATION);
        refresh();
    }

    /**
     * A written agreement took effect on {@code day} (the last signature and the committee's seal,
     * 人民调解法 Art. 29): the 30 days to apply together for judicial confirmation (Art. 33; 民事诉讼法
     * Art. 205) run from that day, in calendar days, ending on the next working day when the last one
     * is a day off. A window opened before (at the agreement's conclusion) is replaced.
     */
    public void agreementTookEffect(String agreementNumber, LocalDate day, ClockRules rules, Instant now,
            String actor) {
        stopClocks(now, actor, ClockKind.JUDICIAL_CONFIRMATION);
        DisputeClock window = startClockAt(ClockKind.JUDICIAL_CONFIRMATION, day, rules, actor);
        note(DisputeActivity.AGREEMENT_EFFECTIVE, org.tiaojie.casework.shared.CaseworkMessages.render(
                java.util.Locale.SIMPLIFIED_CHINESE, "agreement.effective.note", agreementNumber, day.toString(),
                DeadlineCalculator.lastDayOf(window.getDueAt()).toString()), now, actor);
        refresh();
    }

    // ---------------------------------------------------------------- 信访 复查 and 复核 (信访工作条例 Art. 35, 36)

    /** The days within which a petitioner asks for 复查 after the written reply, or 复核 after the 复查 opinion. */
    public static final int PETITION_REQUEST_DAYS = 30;

    /**
     * 复查请求: a petitioner not satisfied with the written reply (the case's 办结) asks for a review within
     * 30 days of receiving it; the reviewing body's 30-day clock starts on the day of the request.
     */
    public void requestReview(LocalDate requestedOn, String reason, ClockRules rules, Instant now, String actor) {
        requirePetitionRequest(reviewRequestedOn == null, closedAt, requestedOn, rules, now, "petition.review");
        String why = requireReason(reason);
        this.reviewRequestedOn = requestedOn;
        startClockAt(ClockKind.PETITION_REVIEW, requestedOn, rules, actor);
        note(DisputeActivity.PETITION_REVIEW_REQUESTED, why, now, actor);
        refresh();
    }

    /** 复查意见: the reviewing body's opinion; its clock stops, and the 30 days to ask for 复核 begin. */
    public void decideReview(String opinion, Instant now, String actor) {
        if (reviewRequestedOn == null || reviewDecidedAt != null) {
            throw new CaseworkException("petition.review.notPending");
        }
        String text = requireReason(opinion);
        stopClocks(now, actor, ClockKind.PETITION_REVIEW);
        this.reviewDecidedAt = now;
        note(DisputeActivity.PETITION_REVIEW_DECIDED, text, now, actor);
        refresh();
    }

    /** 复核请求: within 30 days of the 复查 opinion; the re-checking body's 30-day clock starts. */
    public void requestRecheck(LocalDate requestedOn, String reason, ClockRules rules, Instant now, String actor) {
        requirePetitionRequest(recheckRequestedOn == null && reviewDecidedAt != null, reviewDecidedAt, requestedOn, rules,
                now, "petition.recheck");
        String why = requireReason(reason);
        this.recheckRequestedOn = requestedOn;
        startClockAt(ClockKind.PETITION_RECHECK, requestedOn, rules, actor);
        note(DisputeActivity.PETITION_RECHECK_REQUESTED, why, now, actor);
        refresh();
    }

    /** 听证 for the 复核: the time it takes is not counted (Art. 36); the clock pauses, and resumes after. */
    public void recheckHearing(boolean starts, ClockRules rules, Instant now, String actor) {
        if (recheckRequestedOn == null || recheckDecidedAt != null) {
            throw new CaseworkException("petition.recheck.notPending");
        }
        if (starts) {
            clocks(ClockKind.PETITION_RECHECK).forEach(c -> c.pause(now, actor, "听证"));
        } else {
            clocks(ClockKind.PETITION_RECHECK).forEach(c -> c.resume(now, actor, rules.calculator()));
        }
        note(starts ? DisputeActivity.PETITION_HEARING_STARTED : DisputeActivity.PETITION_HEARING_ENDED, null, now, actor);
        refresh();
    }

    /** 复核意见: final; a petition on the same facts and reasons is not taken up again. */
    public void decideRecheck(String opinion, Instant now, String actor) {
        if (recheckRequestedOn == null || recheckDecidedAt != null) {
            throw new CaseworkException("petition.recheck.notPending");
        }
        String text = requireReason(opinion);
        stopClocks(now, actor, ClockKind.PETITION_RECHECK);
        this.recheckDecidedAt = now;
        note(DisputeActivity.PETITION_RECHECK_DECIDED, text, now, actor);
        refresh();
    }

    /**
     * Every {@link CaseMove} with whether it is open now and, if not, why: the state's moves
     * ({@link DisputeState#moves}), the 司法确认 application while its window is open, an extension
     * while a clock allows one, and a closed petition's review step. {@code handling}: the viewer is a
     * mediator of the organisation handling the case; nobody else moves it.
     */
    public java.util.List<CaseMove.Option> moves(Instant now, boolean handling) {
        java.util.Map<CaseMove, CaseMove.Option> open = new java.util.LinkedHashMap<>();
        java.util.List<CaseMove> byState = state.moves();
        for (int i = 0; i < byState.size(); i++) {
            open.put(byState.get(i), new CaseMove.Option(byState.get(i), i == 0, null));
        }
        if (confirmationMayBeApplied()) {
            open.put(CaseMove.APPLY_FOR_CONFIRMATION, new CaseMove.Option(CaseMove.APPLY_FOR_CONFIRMATION, false, null));
        }
        if (!extendableClocks(now).isEmpty()) {
            open.put(CaseMove.EXTEND, new CaseMove.Option(CaseMove.EXTEND, false, null));
        }
        if (!state.isOpen()) {
            switch (petitionReview()) {
                case REVIEW_OPEN -> open.put(CaseMove.REQUEST_REVIEW, new CaseMove.Option(CaseMove.REQUEST_REVIEW, false, null));
                case UNDER_REVIEW -> open.put(CaseMove.DECIDE_REVIEW, new CaseMove.Option(CaseMove.DECIDE_REVIEW, true, null));
                case RECHECK_OPEN -> open.put(CaseMove.REQUEST_RECHECK,
                        new CaseMove.Option(CaseMove.REQUEST_RECHECK, false, null));
                case UNDER_RECHECK -> {
                    open.put(CaseMove.DECIDE_RECHECK, new CaseMove.Option(CaseMove.DECIDE_RECHECK, true, null));
                    open.put(CaseMove.START_HEARING, new CaseMove.Option(CaseMove.START_HEARING, false, null));
                }
                case IN_HEARING -> open.put(CaseMove.END_HEARING, new CaseMove.Option(CaseMove.END_HEARING, true, null));
                default -> {
                    // not a petition, not answered yet, or final
                }
            }
        }
        java.util.List<CaseMove.Option> all = new java.util.ArrayList<>();
        for (CaseMove.Option o : open.values()) {
            all.add(handling ? o : new CaseMove.Option(o.move(), o.primary(), CaseMove.NOT_HANDLING));
        }
        for (CaseMove m : CaseMove.values()) {
            if (!open.containsKey(m)) {
                all.add(new CaseMove.Option(m, false, refusal(m)));
            }
        }
        return java.util.List.copyOf(all);
    }

    private String refusal(CaseMove m) {
        if (m == CaseMove.APPLY_FOR_CONFIRMATION) {
            return CaseMove.NO_CONFIRMATION_WINDOW;
        }
        if (m == CaseMove.EXTEND) {
            return CaseMove.NO_EXTENDABLE_CLOCK;
        }
        if (m.petitionReview()) {
            return channel.isPetition() ? CaseMove.WRONG_REVIEW_STEP : CaseMove.NOT_PETITION;
        }
        return CaseMove.WRONG_STATE;
    }

    /**
     * Whether the parties may apply for 司法确认 now: within the 30 days after the agreement took effect,
     * or again while the court's return for correction runs (not after mediation failed).
     */
    public boolean confirmationMayBeApplied() {
        return clocks(ClockKind.JUDICIAL_CONFIRMATION).anyMatch(DisputeClock::isRunning)
                || state != DisputeState.FAILED && clocks(ClockKind.COURT_CORRECTION).anyMatch(DisputeClock::isRunning);
    }

    /** The running clocks whose policy still allows an extension, before they are due. */
    public java.util.List<ClockKind> extendableClocks(Instant now) {
        return getClocks().stream()
                .filter(c -> c.isRunning() && c.getExtensionsUsed() < c.getMaxExtensions() && c.getMaxExtension() > 0
                        && c.getDueAt().isAfter(now))
                .map(DisputeClock::getKind).toList();
    }

    /** Where the petition stands in 复查 and 复核, for the case file's moves. */
    public PetitionReview petitionReview() {
        if (!channel.isPetition() || closedAt == null) {
            return PetitionReview.NONE;
        }
        if (reviewRequestedOn == null) {
            return PetitionReview.REVIEW_OPEN;
        }
        if (reviewDecidedAt == null) {
            return PetitionReview.UNDER_REVIEW;
        }
        if (recheckRequestedOn == null) {
            return PetitionReview.RECHECK_OPEN;
        }
        if (recheckDecidedAt == null) {
            return clocks(ClockKind.PETITION_RECHECK).anyMatch(c -> c.getState() == ClockState.PAUSED)
                    ? PetitionReview.IN_HEARING : PetitionReview.UNDER_RECHECK;
        }
        return PetitionReview.FINAL;
    }

    private void requirePetitionRequest(boolean allowed, Instant from, LocalDate requestedOn, ClockRules rules,
            Instant now, String key) {
        if (!channel.isPetition()) {
            throw new CaseworkException("petition.notPetition");
        }
        if (!allowed || from == null) {
            throw new CaseworkException(key + ".notAllowed");
        }
        if (requestedOn == null) {
            throw new CaseworkException(key + ".date");
        }
        LocalDate start = from.atZone(DeadlineCalculator.ZONE).toLocalDate();
        // 30 days from receiving the answer; a last day off moves to the next working day (民法典 Art. 203)
        LocalDate last = rules.calculator().calendar().onOrNextWorkingDay(start.plusDays(PETITION_REQUEST_DAYS));
        if (requestedOn.isBefore(start) || requestedOn.isAfter(now.atZone(DeadlineCalculator.ZONE).toLocalDate())) {
            throw new CaseworkException(key + ".dateRange", start.toString());
        }
        if (requestedOn.isAfter(last)) {
            throw new CaseworkException(key + ".late", last.toString());
        }
    }

    /** A clock counted from the start of {@code day} (an agreement's effective day, a petitioner's request). */
    private DisputeClock startClockAt(ClockKind kind, LocalDate day, ClockRules rules, String actor) {
        return startClock(kind, rules, day.atStartOfDay(DeadlineCalculator.ZONE).toInstant(), actor);
    }

    /** Whether the confirmation window has run out: an application now is late (it is warned, not refused). */
    public boolean confirmationWindowPassed(Instant now) {
        return clocks.stream().filter(c -> c.getKind() == ClockKind.JUDICIAL_CONFIRMATION)
                .reduce((a, b) -> b).map(c -> !now.isBefore(c.getDueAt())).orElse(false);
    }

    /** 调解不成 at this tier. */
    public void fail(String reason, Instant now, String actor) {
        move(DisputeState.FAILED, now, actor, requireReason(reason));
        Tier failedAt = tier;
        raise(d -> new DisputeEvent.MediationFailed(d.getId(), failedAt, reason.strip(), now, actor));
        stopClocks(now, actor, ClockKind.MEDIATION);
        refresh();
    }

    /** Escalates to the next tier's organisation (community → street → district) and re-registers there. */
    public void escalate(Organisation next, String reason, Instant now, String actor) {
        Tier nextTier = tier == null ? null : tier.next();
        if (nextTier == null || next == null || next.getKind().tier() != nextTier) {
            throw new CaseworkException("dispute.escalate.noTier");
        }
        String why = requireReason(reason);
        move(DisputeState.ESCALATED, now, actor, why);
        stopClocks(now, actor, ClockKind.MEDIATION);
        this.tier = nextTier;
        this.organisation = next;
        move(DisputeState.REGISTERED, now, actor, why);
        raise(d -> new DisputeEvent.DisputeEscalated(d.getId(), nextTier, orgId(next), now, actor));
        refresh();
    }

    /** Whether a missed mediation deadline can move this case one tier up now (see {@link #escalateOverdue}). */
    public boolean canEscalateOverdue() {
        return (state == DisputeState.ACCEPTED || state == DisputeState.IN_MEDIATION) && tier != null
                && tier.next() != null;
    }

    /**
     * The tier's mediation deadline ran out and its policy escalates: mediation that had started
     * ends as failed at this tier, and the case goes one tier up, both with the reason given,
     * as the lifecycle table allows (调解中 → 调解不成 → 上报; 已受理 → 上报).
     */
    public void escalateOverdue(Organisation next, String reason, Instant now, String actor) {
        if (!canEscalateOverdue()) {
            throw new CaseworkException("dispute.escalate.noTier");
        }
        if (state == DisputeState.IN_MEDIATION) {
            fail(reason, now, actor);
        }
        escalate(next, reason, now, actor);
    }

    /** After mediation failed: the case goes to a court, whose acceptance clock starts. */
    public void referToCourt(Organisation courtOrganisation, ClockRules rules, Instant now, String actor,
            String reason) {
        if (courtOrganisation == null || courtOrganisation.getKind() != OrganisationKind.COURT) {
            throw new CaseworkException("dispute.refer.notCourt");
        }
        move(DisputeState.REFERRED_TO_COURT, now, actor, reason);
        stopClocks(now, actor, ClockKind.COURT_CORRECTION);
        this.court = courtOrganisation;
        raise(d -> new DisputeEvent.DisputeReferredToCourt(d.getId(), orgId(courtOrganisation), now, actor));
        startClock(ClockKind.COURT_ACCEPTANCE, rules, now, actor);
        refresh();
    }

    /**
     * 退回补正: the court sends the file back with what is missing; the case is the mediator's
     * again, with a clock to complete the file and send it again.
     */
    public void returnFromCourt(String reason, ClockRules rules, Instant now, String actor) {
        move(DisputeState.FAILED, now, actor, requireReason(reason));
        stopClocks(now, actor, ClockKind.COURT_ACCEPTANCE);
        startClock(ClockKind.COURT_CORRECTION, rules, now, actor);
        raise(d -> new DisputeEvent.DisputeReturnedByCourt(d.getId(), reason.strip(), now, actor));
        refresh();
    }

    /**
     * A court's step on the case's timeline (签收, 立案, a decision on a confirmation); filing stops
     * the court's acceptance clock. The referral's own states decide which step may come when.
     */
    public void courtStep(DisputeActivity step, String detail, Instant now, String actor) {
        courtStep(step, detail, null, now, actor);
    }

    /**
     * A court's step with the clocks it moves: filing a litigation referral stops its 立案 clock; filing a
     * 司法确认 application ends its 3-day acceptance clock and starts the decision clock (法释〔2011〕5号
     * Art. 4 and 5); the decision stops it.
     */
    public void courtStep(DisputeActivity step, String detail, ClockRules rules, Instant now, String actor) {
        note(step, detail, now, actor);
        if (step == DisputeActivity.COURT_FILED) {
            stopClocks(now, actor, ClockKind.COURT_ACCEPTANCE);
            if (rules != null && clocks(ClockKind.CONFIRMATION_ACCEPTANCE).findAny().isPresent()) {
                stopClocks(now, actor, ClockKind.CONFIRMATION_ACCEPTANCE);
                startClock(ClockKind.CONFIRMATION_DECISION, rules, now, actor);
            }
        } else if (step == DisputeActivity.COURT_DECIDED) {
            stopClocks(now, actor, ClockKind.CONFIRMATION_ACCEPTANCE, ClockKind.CONFIRMATION_DECISION);
        }
        refresh();
    }


    /** 法院委派/委托调解: the court that entrusted the dispute, which hears its result and may see its file. */
    public void entrustedBy(Organisation courtOrganisation) {
        entrustedBy(courtOrganisation, EntrustmentStage.BEFORE_FILING);
    }

    /**
     * 法院委派 (before filing) or 委托 (during litigation): the court, and the stage that sets the mediation
     * period when the case is accepted (30 or 15 days).
     */
    public void entrustedBy(Organisation courtOrganisation, EntrustmentStage stage) {
        if (channel != Channel.COURT_ENTRUSTED || courtOrganisation == null
                || courtOrganisation.getKind() != OrganisationKind.COURT) {
            throw new CaseworkException("dispute.refer.notCourt");
        }
        this.court = courtOrganisation;
        this.entrustmentStage = stage == null ? EntrustmentStage.BEFORE_FILING : stage;
    }

    public EntrustmentStage getEntrustmentStage() {
        return entrustmentStage;
    }

    /**
     * 司法确认申请: the parties apply to a court within the 30 days after the agreement took
     * effect (or again, after the court returned their application); the window's clock stops.
     */
    public void applyForConfirmation(Organisation courtOrganisation, boolean again, Instant now, String actor) {
        applyForConfirmation(courtOrganisation, again, null, now, actor);
    }

    /** As above, with the court's 3-day acceptance clock started (法释〔2011〕5号 Art. 4). */
    public void applyForConfirmation(Organisation courtOrganisation, boolean again, ClockRules rules, Instant now,
            String actor) {
        if (courtOrganisation == null || courtOrganisation.getKind() != OrganisationKind.COURT) {
            throw new CaseworkException("dispute.refer.notCourt");
        }
        if (!again && clocks(ClockKind.JUDICIAL_CONFIRMATION).findAny().isEmpty()) {
            throw new CaseworkException("referral.confirmation.window");
        }
        boolean late = !again && confirmationWindowPassed(now);
        this.court = courtOrganisation;
        stopClocks(now, actor, ClockKind.JUDICIAL_CONFIRMATION, ClockKind.COURT_CORRECTION);
        if (rules != null) {
            startClock(ClockKind.CONFIRMATION_ACCEPTANCE, rules, now, actor);
        }
        note(DisputeActivity.CONFIRMATION_APPLIED, late ? org.tiaojie.casework.shared.CaseworkMessages.render(
                java.util.Locale.SIMPLIFIED_CHINESE, "referral.confirmation.late", courtOrganisation.getName())
                : courtOrganisation.getName(), now, actor);
        refresh();
    }

    /** The court returned the application for correction: recorded, with a clock to complete it. */
    public void confirmationReturned(String reason, ClockRules rules, Instant now, String actor) {
        note(DisputeActivity.COURT_RETURNED, requireReason(reason), now, actor);
        stopClocks(now, actor, ClockKind.CONFIRMATION_ACCEPTANCE, ClockKind.CONFIRMATION_DECISION);
        startClock(ClockKind.COURT_CORRECTION, rules, now, actor);
        refresh();
    }

    /**
     * A reply to the 12345 platform: a stage reply (阶段性答复) while the case goes on, or the final
     * reply (办结反馈), which stops the platform's reply clock and is given once. A case closed by a
     * court's decision may still owe its final reply; any other 12345 case gives it before 办结.
     */
    public void replyToPlatform(boolean last, String text, Instant now, String actor) {
        if (channel != Channel.HOTLINE_12345) {
            throw new CaseworkException("reply.notHotline");
        }
        if (finalReplyAt != null) {
            throw new CaseworkException("reply.finalGiven");
        }
        if (!last && !open) {
            throw new CaseworkException("reply.stageClosed", state);
        }
        if (text == null || text.isBlank()) {
            throw new CaseworkException("reply.text.required");
        }
        if (text.strip().length() > PLATFORM_REPLY_MAX) {
            throw new CaseworkException("reply.text.tooLong", PLATFORM_REPLY_MAX);
        }
        note(last ? DisputeActivity.PLATFORM_REPLY_FINAL : DisputeActivity.PLATFORM_REPLY_STAGE, text, now, actor);
        if (last) {
            finalReplyAt = now;
            stopClocks(now, actor, ClockKind.PLATFORM_REPLY);
            refresh();
        }
    }

    /** The longest reply a platform takes. */
    public static final int PLATFORM_REPLY_MAX = 2000;

    public RejectionGround getRejectionGround() {
        return rejectionGround;
    }

    public Instant getFinalReplyAt() {
        return finalReplyAt;
    }

    /**
     * 办结, in the way that fits the current state; the return-visit clock starts. A 12345 order is
     * closed by its organisation only after the final reply to the platform.
     */
    public void close(ClosureType type, String reason, ClockRules rules, Instant now, String actor) {
        if (type != null && type.closesFrom(state) && channel == Channel.HOTLINE_12345 && finalReplyAt == null) {
            throw new CaseworkException("dispute.close.replyFirst");
        }
        closeAs(type, reason, rules, now, actor);
    }

    /**
     * 办结 by a court's decision (a referral's outcome, a confirmed agreement): the court does not wait
     * for the 12345 reply; a 12345 order still owes its final reply, and its reply clock runs on.
     */
    public void closeOnCourtDecision(ClosureType type, String reason, ClockRules rules, Instant now, String actor) {
        closeAs(type, reason, rules, now, actor);
    }

    private void closeAs(ClosureType type, String reason, ClockRules rules, Instant now, String actor) {
        if (type == null || !type.closesFrom(state)) {
            throw new CaseworkException("dispute.close.typeMismatch", state, type == null ? "?" : type);
        }
        // on time unless a handling clock ran past its due, running now or when it stopped (a mediation clock
        // stops at the agreement); fixed now, as the clocks move on after closure
        this.closedOnTime = clocks.stream().filter(c -> HANDLING_CLOCKS.contains(c.getKind()))
                .noneMatch(c -> c.endedOrNow(now).isAfter(c.getDueAt()));
        this.daysToClose = Math.max(0, rules.calculator().workingDaysBetween(registeredAt, now));
        move(DisputeState.CLOSED, now, actor, reason);
        this.closureType = type;
        this.suspendedFrom = null;
        raise(d -> new DisputeEvent.DisputeClosed(d.getId(), type, now, actor));
        this.closedAt = now;
        stopClocks(now, actor, ClockKind.MEDIATION, ClockKind.COURT_ACCEPTANCE, ClockKind.SIGN_FOR,
                ClockKind.PETITION_HANDLING, ClockKind.CONFIRMATION_ACCEPTANCE, ClockKind.CONFIRMATION_DECISION);
        startClock(ClockKind.RETURN_VISIT, rules, now, actor);
        refresh();
    }

    /** 回访 done, with the satisfaction recorded in the reason. */
    public void revisit(String note, Instant now, String actor) {
        move(DisputeState.REVISITED, now, actor, note);
        raise(d -> new DisputeEvent.DisputeRevisited(d.getId(), now, actor));
        stopClocks(now, actor, ClockKind.RETURN_VISIT);
        refresh();
    }

    public void archive(Instant now, String actor) {
        move(DisputeState.ARCHIVED, now, actor, null);
        raise(d -> new DisputeEvent.DisputeArchived(d.getId(), now, actor));
        stopAllClocks(now, actor);
        refresh();
    }

    /**
     * 不满意重办: the same organisation handles the case again at once, on a new mediation clock
     * for its tier (the earlier clocks stay in the file as they ended).
     */
    public void reopen(String reason, ClockRules rules, Instant now, String actor) {
        move(DisputeState.ACCEPTED, now, actor, requireReason(reason));
        raise(d -> new DisputeEvent.DisputeReopened(d.getId(), reason.strip(), now, actor));
        this.closedAt = null;
        this.closedOnTime = null;
        this.daysToClose = null;
        this.closureType = null;
        startClock(ClockKind.MEDIATION, rules, now, actor);
        refresh();
    }

    /**
     * Records work on the case that does not change its state (a session scheduled, a record
     * kept, evidence added) as a line of the timeline; it counts as a change of the dispute.
     */
    public void note(DisputeActivity activity, String detail, Instant now, String actor) {
        touch(now, actor);
        DisputeHistoryEntry entry = new DisputeHistoryEntry(this, now, actor, state, state, tier,
                organisation == null ? null : organisation.getId(),
                detail == null || detail.isBlank() ? null : truncate(detail.strip(), 500), activity);
        history.add(entry);
        pendingNotes.add(entry);
    }

    List<DisputeHistoryEntry> notesTaken() {
        return List.copyOf(pendingNotes);
    }

    /** Refuses work that the current state does not allow, naming the state. */
    public void requireState(java.util.Set<DisputeState> allowed, String messageKey) {
        if (!allowed.contains(state)) {
            throw new CaseworkException(messageKey, state);
        }
    }

    /** The same reason rules as the lifecycle moves (required, at most 500 characters). */
    public String requireReasonText(String reason) {
        return requireReason(reason);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** 延期 of a running clock within its policy's limits. */
    public void extendClock(ClockKind kind, int by, String reason, ClockRules rules, Instant now, String actor) {
        DisputeClock clock = clocks(kind).filter(DisputeClock::isRunning).findFirst()
                .orElseThrow(() -> new CaseworkException("clock.notRunning"));
        clock.extend(by, reason, now, actor, rules.calculator());
        Instant newDue = clock.getDueAt();
        raise(d -> new DisputeEvent.ClockExtended(d.getId(), kind, by, newDue, now, actor));
        touch(now, actor);
        refresh();
    }

    /** Whether {@link #extendClock} would be allowed now; refuses with the reason when not. */
    public void checkExtension(ClockKind kind, int by, String reason, Instant now) {
        clocks(kind).filter(DisputeClock::isRunning).findFirst()
                .orElseThrow(() -> new CaseworkException("clock.notRunning")).checkExtension(by, reason, now);
    }

    private void raise(Function<Dispute, DisputeEvent> event) {
        pendingEvents.add(event);
    }

    private static Long orgId(Organisation organisation) {
        return organisation == null ? null : organisation.getId();
    }

    /**
     * The events since the last publication. Spring Data publishes them when a new dispute is saved;
     * {@code DisputeService} publishes them after commands on a loaded one (saving a managed entity
     * again would merge it).
     */
    @DomainEvents
    List<DisputeEvent> domainEvents() {
        return pendingEvents.stream().map(e -> e.apply(this)).toList();
    }

    @AfterDomainEventPublication
    void eventsPublished() {
        pendingEvents.clear();
        pendingNotes.clear();
    }

    private void move(DisputeState target, Instant now, String actor, String reason) {
        if (!state.canMoveTo(target)) {
            throw new CaseworkException("dispute.move.illegal", state, target);
        }
        DisputeState from = state;
        state = target;
        if (target == DisputeState.CLOSED || target == DisputeState.REJECTED || target == DisputeState.TRANSFERRED) {
            endedAt = now;
        } else if (target != DisputeState.REVISITED && target != DisputeState.ARCHIVED) {
            endedAt = null; // reopened: the record runs again
        }
        record(now, actor, from, target, reason);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CaseworkException("dispute.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw new CaseworkException("dispute.reason.tooLong", 500);
        }
        return reason.strip();
    }

    private DisputeClock startClock(ClockKind kind, ClockRules rules, Instant start, String actor) {
        var terms = entrustmentStage == null ? rules.terms(kind, channel, tier, urgent)
                : rules.terms(kind, channel, entrustmentStage, tier, urgent);
        DisputeClock clock = new DisputeClock(this, kind, kind == ClockKind.MEDIATION ? tier : null, terms,
                rules.calculator(), start, actor);
        clocks.add(clock);
        return clock;
    }

    private java.util.stream.Stream<DisputeClock> clocks(ClockKind kind) {
        return clocks.stream().filter(c -> c.getKind() == kind && c.getState() != ClockState.STOPPED);
    }

    private void stopClocks(Instant now, String actor, ClockKind... kinds) {
        for (ClockKind kind : kinds) {
            clocks(kind).forEach(c -> c.stop(now, actor));
        }
    }

    private void stopAllClocks(Instant now, String actor) {
        clocks.forEach(c -> c.stop(now, actor));
    }

    /** Keeps the indexed queue columns in step with the clocks and the state. */
    private void refresh() {
        this.open = state.isOpen();
        // the mediation organisation's deadlines only: a case at court waits on the court's clock, not theirs
        DisputeClock nearest = clocks.stream().filter(c -> c.isRunning() && !c.getKind().courtSide())
                .min(java.util.Comparator.comparing(DisputeClock::getDueAt)).orElse(null);
        this.dueDate = nearest == null ? null : DeadlineCalculator.lastDayOf(nearest.getDueAt());
        this.dueClock = nearest == null ? null : nearest.getKind();
        this.dueAt = nearest == null ? null : nearest.getDueAt();
        this.dueWarnAt = nearest == null ? null : nearest.getWarnAt();
        this.queueDue = dueDate == null ? NO_DUE : dueDate;
    }

    /**
     * The holiday calendar changed: every clock still counting is counted again on it (start,
     * pauses, extensions), and each due date that moved is a line of the timeline
     * (届满日由…调整为…). Returns how many clocks moved.
     */
    public int recountClocks(DeadlineCalculator calc, Instant now, String actor, String cause) {
        int moved = 0;
        for (DisputeClock c : clocks) {
            Instant before = c.recount(calc, now, actor, cause);
            if (before != null) {
                moved++;
                note(DisputeActivity.DEADLINE_RECOUNTED, org.tiaojie.casework.shared.CaseworkMessages.render(
                        java.util.Locale.SIMPLIFIED_CHINESE, "deadline.recounted",
                        "@enum.ClockKind." + c.getKind().name(), shownDay(before, c), shownDay(c.getDueAt(), c), cause),
                        now, actor);
            }
        }
        if (moved > 0) {
            refresh();
        }
        return moved;
    }

    private static String shownDay(Instant due, DisputeClock c) {
        return c.getUnit().countsDays() ? DeadlineCalculator.lastDayOf(due).toString()
                : due.atZone(DeadlineCalculator.ZONE).toLocalDateTime().toString().replace('T', ' ');
    }

    public List<DisputeClock> getClocks() {
        return Collections.unmodifiableList(clocks);
    }

    /** Adds a party after validating it; refuses with the reason in Chinese. */
    public DisputeParty addParty(PartyDetails details, Instant now, String actor) {
        DisputeParty party = new DisputeParty(this, details);
        parties.add(party);
        touch(now, actor);
        return party;
    }

    /**
     * A party joins the open case after intake (a second respondent, the upstairs owner as 第三人); a line of the
     * timeline says who.
     */
    public DisputeParty joinParty(PartyDetails details, Instant now, String actor) {
        requireOpenForParties();
        DisputeParty party = addParty(details, now, actor);
        note(DisputeActivity.PARTY_ADDED, party.label(), now, actor);
        return party;
    }

    /** Corrects a party's particulars while the case is open; the timeline names the party and what changed. */
    public void editParty(long partyId, PartyDetails details, Instant now, String actor) {
        requireOpenForParties();
        DisputeParty party = party(partyId);
        PartyDetails before = party.details();
        party.apply(details);
        String changed = PartyChanges.between(before, party.details());
        if (!changed.isEmpty()) {
            note(DisputeActivity.PARTY_CHANGED, party.label() + "：" + changed, now, actor);
        }
    }

    /**
     * Files the agent's 授权委托书 with the party; the attachment must belong to this case (the caller checks
     * that, as it holds the attachments).
     */
    public void fileAgentAuthority(long partyId, Long attachmentId, Instant now, String actor) {
        requireOpenForParties();
        DisputeParty party = party(partyId);
        party.powerOfAttorney(attachmentId);
        note(DisputeActivity.PARTY_CHANGED, party.label() + "：授权委托书", now, actor);
    }

    /**
     * Removes a party entered by mistake, only before an agreement names the parties ({@code agreed}: the case
     * has one) and never the last applicant.
     */
    public void removeParty(long partyId, boolean agreed, Instant now, String actor) {
        requireOpenForParties();
        DisputeParty party = party(partyId);
        if (agreed) {
            throw new CaseworkException("party.remove.agreed", party.getName());
        }
        if (party.getRole() == PartyRole.APPLICANT
                && parties.stream().filter(p -> p.getRole() == PartyRole.APPLICANT).count() == 1) {
            throw new CaseworkException("party.remove.lastApplicant");
        }
        parties.remove(party);
        note(DisputeActivity.PARTY_REMOVED, party.label(), now, actor);
    }

    /** Corrects the description of the dispute as the handling mediator understands it, with the old one kept. */
    public void correctDescription(String text, Instant now, String actor) {
        requireOpenForParties();
        String corrected = Fields.required(text, 4000, "field.description");
        if (corrected.equals(description)) {
            return;
        }
        note(DisputeActivity.DESCRIPTION_CORRECTED, "原为：" + description, now, actor);
        this.description = corrected;
    }

    /**
     * A platform sent this case's order again with other content, and the operator chose to update the case: what
     * the order may change without re-routing it — its words, the caller's name, the contact phone, the address, the
     * dispatch instruction, the amount and the flags — is taken over, and a line of the timeline names what changed
     * and keeps the earlier words. A resend that moves the case elsewhere (another compound or category) or names
     * another caller's number is refused: it is a new call, to be merged or registered. Returns the changed fields'
     * message keys (none: nothing changed).
     */
    public List<String> updateFromPlatform(NewDispute order, Instant now, String actor) {
        if (!open) {
            throw new CaseworkException("dispute.resend.closed", state);
        }
        if (!java.util.Objects.equals(order.compoundId(), compound.getId())
                || !java.util.Objects.equals(order.categoryId(), categoryId)
                || !java.util.Objects.equals(order.callerPhone(), callerPhone)) {
            throw new CaseworkException("dispute.resend.moved");
        }
        List<String> changed = new ArrayList<>();
        PlatformDetails sent = order.platform();
        String contact = sent.contactPhone() == null || sent.contactPhone().equals(order.callerPhone()) ? null
                : sent.contactPhone();
        String words = PrintableText.check(order.description().strip(), "field.description");
        String before = description;
        if (!words.equals(description)) {
            changed.add("field.description");
            this.description = words;
        }
        if (!java.util.Objects.equals(order.callerName(), callerName)) {
            changed.add("field.callerName");
            this.callerName = PrintableText.check(order.callerName(), "field.callerName");
        }
        if (!java.util.Objects.equals(contact, contactPhone)) {
            changed.add("field.contactPhone");
            this.contactPhone = contact;
        }
        if (!java.util.Objects.equals(sent.address(), addressDetail)) {
            changed.add("field.addressDetail");
            this.addressDetail = sent.address() == null ? null : PrintableText.check(sent.address(), "field.addressDetail");
        }
        if (!java.util.Objects.equals(sent.dispatchNote(), dispatchNote)) {
            changed.add("field.dispatchNote");
            this.dispatchNote = sent.dispatchNote() == null ? null
                    : PrintableText.check(sent.dispatchNote(), "field.dispatchNote");
        }
        if (order.amount() == null ? amount != null : amount == null || order.amount().compareTo(amount) != 0) {
            changed.add("field.amount");
            this.amount = order.amount();
        }
        if (order.urgent() != urgent || order.leaderInstruction() != leaderInstruction
                || order.publicOpinion() != publicOpinion) {
            changed.add("field.flags");
            this.urgent = order.urgent();
            this.leaderInstruction = order.leaderInstruction();
            this.publicOpinion = order.publicOpinion();
        }
        if (!changed.isEmpty()) {
            String fields = String.join("、", changed.stream()
                    .map(k -> org.tiaojie.casework.shared.CaseworkMessages.get(java.util.Locale.SIMPLIFIED_CHINESE, k))
                    .toList());
            note(DisputeActivity.PLATFORM_RESENT, changed.contains("field.description")
                    ? fields + "；原诉求内容：" + before : fields, now, actor);
        }
        return changed;
    }

    /** The 承办人 were assigned (their names, as the timeline shows them); only while the case is open. */
    public void assignHandlers(String names, Instant now, String actor) {
        if (!open) {
            throw new CaseworkException("assign.caseClosed", state);
        }
        note(DisputeActivity.HANDLERS_ASSIGNED, names, now, actor);
    }

    private void requireOpenForParties() {
        if (!open) {
            throw new CaseworkException("party.caseClosed", state);
        }
    }

    private DisputeParty party(long partyId) {
        return parties.stream().filter(p -> p.getId() != null && p.getId() == partyId).findFirst()
                .orElseThrow(() -> new CaseworkException("party.notFound"));
    }

    /** 并单: a further call or petition about this dispute, kept as a contact of its own. */
    public DisputeContact addContact(Channel contactChannel, String contactRef, String name, String phone, String content,
            Instant now, String actor) {
        return addContact(contactChannel, contactRef, name, phone, content, now, actor, null);
    }

    /** 并单 of a platform order: the contact also keeps what the order was sent with and when its reply is due. */
    DisputeContact addContact(Channel contactChannel, String contactRef, String name, String phone, String content,
            Instant now, String actor, DisputeContact.Order order) {
        if (!open) {
            throw new CaseworkException("dispute.contact.closed", state);
        }
        if (contactChannel == null) {
            throw new CaseworkException("dispute.channel.required");
        }
        if (content == null || content.isBlank()) {
            throw new CaseworkException("dispute.description.required");
        }
        if (content.strip().length() > 4000) {
            throw new CaseworkException("dispute.description.tooLong", 4000);
        }
        PrintableText.check(name, "field.callerName");
        String text = PrintableText.check(content.strip(), "field.description");
        DisputeContact contact = order == null
                ? new DisputeContact(this, contactChannel, contactRef, name, phone, text, now, actor)
                : new DisputeContact(this, contactChannel, contactRef, name, phone, text, now, actor, order);
        contacts.add(contact);
        contactCount++;
        touch(now, actor);
        raise(d -> new DisputeEvent.ContactMerged(d.getId(), contactChannel, contactRef, d.contactCount, now, actor));
        return contact;
    }

    /**
     * Undoes a 并单: the contact now belongs to the dispute {@code to}, registered from it; it stays on this case's
     * timeline, marked as split, and no longer counts as one of its contacts.
     */
    void splitContact(DisputeContact contact, long to, Instant now, String actor) {
        if (!contacts.contains(contact)) {
            throw new CaseworkException("contact.notFound");
        }
        contact.splitTo(to, now, actor);
        contactCount = Math.max(0, contactCount - 1);
        touch(now, actor);
    }

    /**
     * The 12345 reply clock's due time for an order arriving now (a merged order is owed its own reply): the
     * platform's own 办理时限 in working days where it set one, else the policy's.
     */
    Instant replyDueFor(ClockRules rules, Instant now, Integer platformDays) {
        var terms = replyTerms(rules, platformDays);
        return terms == null ? null : rules.calculator().due(now, terms.amount(), terms.unit());
    }

    /** The reply clock's terms: the policy's, its length replaced by the platform's 办理时限 when it set one. */
    private DeadlinePolicy.Terms replyTerms(ClockRules rules, Integer platformDays) {
        var terms = rules.terms(ClockKind.PLATFORM_REPLY, Channel.HOTLINE_12345, tier, urgent);
        if (terms == null || platformDays == null) {
            return terms;
        }
        // the platform counts its 办理时限 in working days; the warning comes no earlier than the clock's first day
        return new DeadlinePolicy.Terms(terms.policyId(), platformDays, DurationUnit.WORKING_DAYS,
                Math.min(terms.warnBefore(), Math.max(0, platformDays - 1)), terms.maxExtension(),
                terms.maxExtensions(), terms.overdueAction());
    }

    private void startReplyClock(ClockRules rules, Instant start, String actor, Integer platformDays) {
        clocks.add(new DisputeClock(this, ClockKind.PLATFORM_REPLY, null, replyTerms(rules, platformDays),
                rules.calculator(), start, actor));
    }

    /** Records that another dispute repeats or relates to this one. */
    public void linkTo(Dispute other, DisputeLink.Kind kind, String reason, Instant now, String actor) {
        if (other == null || other == this || (getId() != null && getId().equals(other.getId()))) {
            throw new CaseworkException("dispute.link.self");
        }
        if (links.stream().anyMatch(l -> l.getRelatedId() == other.getId() && l.getKind() == kind)) {
            return;
        }
        links.add(new DisputeLink(this, other.getId(), kind == null ? DisputeLink.Kind.RELATED : kind,
                reason == null || reason.isBlank() ? null : reason.strip(), now, actor));
        touch(now, actor);
    }

    public List<DisputeContact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }

    public List<DisputeLink> getLinks() {
        return Collections.unmodifiableList(links);
    }

    public int getContactCount() {
        return contactCount;
    }

    public boolean isRepeatComplaint() {
        return repeatComplaint;
    }

    /**
     * The repeat-complaint rule counted this case as a repeat of its subject (docs/DOMAIN.md, Supervision); the
     * 重复投诉率 counts it. Not a change a reader of the case needs to see: the supervision's line says it.
     */
    public void markRepeatComplaint() {
        repeatComplaint = true;
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
                organisation == null ? null : organisation.getId(), reason, null));
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

    public Long getCommunityId() {
        return communityId;
    }

    public Long getStreetId() {
        return streetId;
    }

    public Long getDistrictId() {
        return districtId;
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

    public boolean isOpen() {
        return open;
    }

    public ClosureType getClosureType() {
        return closureType;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getLegalHold() {
        return legalHold;
    }

    public String getLegalHoldBy() {
        return legalHoldBy;
    }

    public Instant getLegalHoldAt() {
        return legalHoldAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /** 保全: keeps the case beyond its 保管期限 until released; {@code reason} null releases it. */
    public void hold(String reason, Instant now, String actor) {
        String checked = reason == null ? null : Fields.required(reason, 200, "field.legalHold");
        if (checked != null && anonymisedAt != null) {
            throw new CaseworkException("retention.hold.anonymised");
        }
        this.legalHold = checked;
        this.legalHoldBy = checked == null ? null : actor;
        this.legalHoldAt = checked == null ? null : now;
    }

    /**
     * Its 保管期限 has passed (个人信息保护法 Art. 19, 47): the caller and every party lose what identifies them, the
     * description gives way to a note; what the case was about (category, place, dates, outcome) stays for the
     * figures. Not for a case under a legal hold or still running.
     */
    public void anonymise(String note, Instant now) {
        if (legalHold != null || endedAt == null || anonymisedAt != null) {
            throw new CaseworkException("retention.notDue");
        }
        this.callerName = null;
        this.callerPhone = null;
        this.contactPhone = null;
        this.addressDetail = null;
        this.description = note;
        for (int i = 0; i < parties.size(); i++) {
            parties.get(i).anonymise(i + 1);
        }
        this.anonymisedAt = now;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isGroupDispute() {
        return groupDispute;
    }

    public boolean isLeaderInstruction() {
        return leaderInstruction;
    }

    public boolean isPublicOpinion() {
        return publicOpinion;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getCallerName() {
        return callerName;
    }

    @Override
    public void reindex(DataCipher cipher) {
        callerPhoneKey = cipher.index(callerPhone);
    }

    public String getCallerPhoneKey() {
        return callerPhoneKey;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAddressDetail() {
        return addressDetail;
    }

    public String getDispatchNote() {
        return dispatchNote;
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

    public ClockKind getDueClock() {
        return dueClock;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDueWarnAt() {
        return dueWarnAt;
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
