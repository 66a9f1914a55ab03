package org.tiaojie.casework.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * How long one kind of clock runs, optionally only for one channel (as a name of
 * {@code dispute.Channel}), one tier, or urgent items. The most specific active policy wins.
 * {@code warnBefore} is in the policy's unit (working or calendar days), in minutes for hours.
 */
@Entity
@Table(name = "deadline_policy")
public class DeadlinePolicy extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_kind", nullable = false, length = 30)
    private ClockKind kind;

    @Column(name = "channel", length = 30)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", length = 20)
    private Tier tier;

    @Column(name = "urgent_only", nullable = false)
    private boolean urgentOnly;

    @Column(name = "amount", nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 20)
    private DurationUnit unit;

    @Column(name = "warn_before", nullable = false)
    private int warnBefore;

    @Column(name = "max_extension", nullable = false)
    private int maxExtension;

    @Column(name = "max_extensions", nullable = false)
    private int maxExtensions;

    @Enumerated(EnumType.STRING)
    @Column(name = "overdue_action", nullable = false, length = 12)
    private OverdueAction overdueAction = OverdueAction.WARN;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DeadlinePolicy() {
    }

    public DeadlinePolicy(ClockKind kind, String channel, Tier tier, boolean urgentOnly) {
        if (kind == null) {
            throw new CaseworkException("policy.kind.required");
        }
        this.kind = kind;
        this.channel = channel;
        this.tier = tier;
        this.urgentOnly = urgentOnly;
    }

    public void setOverdueAction(OverdueAction action) {
        this.overdueAction = action == null ? OverdueAction.WARN : action;
    }

    public OverdueAction getOverdueAction() {
        return overdueAction;
    }

    public void update(int amount, DurationUnit unit, int warnBefore, int maxExtension, int maxExtensions, boolean active,
            OverdueAction action) {
        if (unit == null) {
            throw new CaseworkException("policy.unit.required");
        }
        if (amount < 1 || amount > 3650) {
            throw new CaseworkException("policy.amount.range");
        }
        if (warnBefore < 0 || maxExtension < 0 || maxExtensions < 0) {
            throw new CaseworkException("policy.negative");
        }
        if (action == OverdueAction.ESCALATE && kind != ClockKind.MEDIATION) {
            throw new CaseworkException("policy.escalate.mediationOnly");
        }
        this.overdueAction = action == null ? OverdueAction.WARN : action;
        this.amount = amount;
        this.unit = unit;
        this.warnBefore = warnBefore;
        this.maxExtension = maxExtension;
        this.maxExtensions = maxExtensions;
        this.active = active;
    }

    /** How well this policy fits; -1 when it does not apply. */
    int specificity(ClockKind wanted, String wantedChannel, Tier wantedTier, boolean urgent) {
        if (!active || kind != wanted || (channel != null && !channel.equals(wantedChannel))
                || (tier != null && tier != wantedTier) || (urgentOnly && !urgent)) {
            return -1;
        }
        return (channel != null ? 4 : 0) + (tier != null ? 2 : 0) + (urgentOnly ? 8 : 0);
    }

    public Terms terms() {
        return new Terms(getId(), amount, unit, warnBefore, maxExtension, maxExtensions, overdueAction);
    }

    public ClockKind getKind() {
        return kind;
    }

    public String getChannel() {
        return channel;
    }

    public Tier getTier() {
        return tier;
    }

    public boolean isUrgentOnly() {
        return urgentOnly;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    /** What a clock copies from its policy when it starts, so later policy edits do not move it. */
    public record Terms(Long policyId, int amount, DurationUnit unit, int warnBefore, int maxExtension,
            int maxExtensions, OverdueAction overdueAction) {

        public Terms(Long policyId, int amount, DurationUnit unit, int warnBefore, int maxExtension, int maxExtensions) {
            this(policyId, amount, unit, warnBefore, maxExtension, maxExtensions, OverdueAction.WARN);
        }
    }
}
