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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DeadlinePolicy;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.deadline.OverdueAction;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * One running deadline of a dispute. It copies its policy's terms when it starts, so later
 * policy edits do not move it; pauses and extensions go into its ledger and move its due time.
 * Running clocks are indexed by due time and warning time: "what falls due next" is one query.
 */
@Entity
@Table(name = "dispute_clock")
public class DisputeClock extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private ClockKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", length = 20, updatable = false)
    private Tier tier;

    @Column(name = "policy_id", updatable = false)
    private Long policyId;

    @Column(name = "amount", nullable = false, updatable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 20, updatable = false)
    private DurationUnit unit;

    @Column(name = "warn_before", nullable = false, updatable = false)
    private int warnBefore;

    @Column(name = "max_extension", nullable = false, updatable = false)
    private int maxExtension;

    @Column(name = "max_extensions", nullable = false, updatable = false)
    private int maxExtensions;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warn_at", nullable = false)
    private Instant warnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ClockState state;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "extensions_used", nullable = false)
    private int extensionsUsed;

    /** When the sweep announced 临期 / 超期 for the current due time; reset when the due time moves. */
    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "overdue_action", nullable = false, length = 12, updatable = false)
    private OverdueAction overdueAction = OverdueAction.WARN;

    @OneToMany(mappedBy = "clock", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<ClockEvent> ledger = new ArrayList<>();

    protected DisputeClock() {
    }

    DisputeClock(Dispute dispute, ClockKind kind, Tier tier, DeadlinePolicy.Terms terms, DeadlineCalculator calc,
            Instant now, String actor) {
        this.dispute = dispute;
        this.kind = kind;
        this.tier = tier;
        this.policyId = terms.policyId();
        this.amount = terms.amount();
        this.unit = terms.unit();
        this.warnBefore = terms.warnBefore();
        this.maxExtension = terms.maxExtension();
        this.maxExtensions = terms.maxExtensions();
        this.overdueAction = terms.overdueAction() == null ? OverdueAction.WARN : terms.overdueAction();
        this.startedAt = now;
        this.dueAt = calc.due(now, amount, unit);
        this.warnAt = calc.warnAt(now, dueAt, warnBefore, unit);
        this.state = ClockState.RUNNING;
        ledger.add(new ClockEvent(this, ClockEvent.Type.START, now, actor, amount, dueAt, null));
    }

    void pause(Instant now, String actor, String reason) {
        if (state != ClockState.RUNNING) {
            return;
        }
        state = ClockState.PAUSED;
        pausedAt = now;
        ledger.add(new ClockEvent(this, ClockEvent.Type.PAUSE, now, actor, null, dueAt, reason));
    }

    void resume(Instant now, String actor, DeadlineCalculator calc) {
        if (state != ClockState.PAUSED) {
            return;
        }
        dueAt = calc.afterPause(dueAt, pausedAt, now, unit);
        warnAt = calc.warnAt(startedAt, dueAt, warnBefore, unit);
        announceAgain();
        state = ClockState.RUNNING;
        pausedAt = null;
        ledger.add(new ClockEvent(this, ClockEvent.Type.RESUME, now, actor, null, dueAt, null));
    }

    /** 延期: within the policy's limit, applied for before expiry, with a reason. */
    void extend(int by, String reason, Instant now, String actor, DeadlineCalculator calc) {
        checkExtension(by, reason, now);
        dueAt = calc.extended(dueAt, by, unit);
        warnAt = calc.warnAt(startedAt, dueAt, warnBefore, unit);
        announceAgain();
        extensionsUsed++;
        ledger.add(new ClockEvent(this, ClockEvent.Type.EXTEND, now, actor, by, dueAt, reason.strip()));
    }

    /** Refuses an extension the policy does not allow now; used when it is requested and when it is granted. */
    void checkExtension(int by, String reason, Instant now) {
        if (state != ClockState.RUNNING) {
            throw new CaseworkException("clock.notRunning");
        }
        if (maxExtensions == 0 || maxExtension == 0) {
            throw new CaseworkException("clock.extension.notAllowed");
        }
        if (extensionsUsed >= maxExtensions) {
            throw new CaseworkException("clock.extension.tooMany", extensionsUsed);
        }
        if (by < 1 || by > maxExtension) {
            throw new CaseworkException("clock.extension.tooLong", maxExtension, unit);
        }
        if (!now.isBefore(dueAt)) {
            throw new CaseworkException("clock.extension.expired");
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseworkException("clock.extension.reason");
        }
    }

    /**
     * Counts the clock again on the calendar as it is now: its start, pauses and extensions, as its
     * ledger holds them, replayed. Called when the holiday calendar changed (a year's notice
     * entered, a day corrected). Returns the due time before, or null when nothing moved; a moved
     * due time goes into the ledger and is announced again when it comes near or passes.
     */
    Instant recount(DeadlineCalculator calc, Instant now, String actor, String reason) {
        if (state == ClockState.STOPPED) {
            return null;
        }
        Instant due = calc.due(startedAt, amount, unit);
        Instant pause = null;
        for (ClockEvent e : ledger) {
            switch (e.getType()) {
                case PAUSE -> pause = e.getAt();
                case RESUME -> {
                    if (pause != null) {
                        due = calc.afterPause(due, pause, e.getAt(), unit);
                        pause = null;
                    }
                }
                case EXTEND -> due = calc.extended(due, e.getAmount(), unit);
                default -> {
                    // START, STOP and RECOUNT lines do not move the count
                }
            }
        }
        Instant warn = calc.warnAt(startedAt, due, warnBefore, unit);
        Instant before = dueAt;
        if (due.equals(dueAt)) {
            if (!warn.equals(warnAt)) {
                if (warnedAt != null && warn.isAfter(now)) {
                    warnedAt = null;
                }
                warnAt = warn;
            }
            return null;
        }
        dueAt = due;
        warnAt = warn;
        announceAgain();
        ledger.add(new ClockEvent(this, ClockEvent.Type.RECOUNT, now, actor, null, dueAt, reason));
        return before;
    }

    /** Whether the count runs over days of a year whose holiday notice is not entered yet. */
    public boolean isProvisional(DeadlineCalculator calc) {
        return calc.provisional(startedAt, dueAt, unit);
    }

    /** A moved due time is announced again when it comes near or passes. */
    private void announceAgain() {
        warnedAt = null;
        overdueAt = null;
    }

    void stop(Instant now, String actor) {
        if (state == ClockState.STOPPED) {
            return;
        }
        state = ClockState.STOPPED;
        stoppedAt = now;
        pausedAt = null;
        ledger.add(new ClockEvent(this, ClockEvent.Type.STOP, now, actor, null, dueAt, null));
    }

    /** 正常 / 临期 / 超期 now (a paused clock as it was when paused); a stopped one: met in time or late. */
    public ClockStatus status(Instant now, DeadlineCalculator calc) {
        if (state == ClockState.STOPPED) {
            return stoppedAt.isBefore(dueAt) ? ClockStatus.NORMAL : ClockStatus.OVERDUE;
        }
        return calc.status(dueAt, warnAt, state == ClockState.PAUSED ? pausedAt : now);
    }

    public boolean isRunning() {
        return state == ClockState.RUNNING;
    }

    public ClockKind getKind() {
        return kind;
    }

    public Tier getTier() {
        return tier;
    }

    public DurationUnit getUnit() {
        return unit;
    }

    public int getAmount() {
        return amount;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** When the clock stopped, or {@code now} while it runs or is paused. */
    Instant endedOrNow(Instant now) {
        return stoppedAt != null ? stoppedAt : now;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public ClockState getState() {
        return state;
    }

    public OverdueAction getOverdueAction() {
        return overdueAction;
    }

    public Dispute getDispute() {
        return dispute;
    }

    public int getMaxExtension() {
        return maxExtension;
    }

    public int getMaxExtensions() {
        return maxExtensions;
    }

    public int getExtensionsUsed() {
        return extensionsUsed;
    }

    public List<ClockEvent> getLedger() {
        return Collections.unmodifiableList(ledger);
    }
}
