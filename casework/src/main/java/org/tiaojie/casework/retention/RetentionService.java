package org.tiaojie.casework.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.PeopleNames;
import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Fields;

/**
 * 保管期限 and 保全 for administrators: the period of each record type, the cases held beyond theirs, a retention run
 * started by hand; and, for the 卷宗's cover, the period a case's file is kept.
 */
@Service
public class RetentionService {

    public static final String PERIOD_AUDIT = "RETENTION_PERIOD";
    public static final String HOLD_AUDIT = "LEGAL_HOLD";
    public static final String RELEASE_AUDIT = "LEGAL_HOLD_RELEASED";

    private final EntityManager em;
    private final RetentionRun run;
    private final AuditService audit;
    private final PeopleNames people;
    private final Clock clock;
    private final DisputeQueryService queries;

    RetentionService(EntityManager em, RetentionRun run, AuditService audit, PeopleNames people, Clock clock,
            DisputeQueryService queries) {
        this.em = em;
        this.queries = queries;
        this.run = run;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** One record type's period ({@code months} null: 永久), who set it last, and how many cases are due or held now. */
    public record PeriodRow(RecordType type, Integer months, String changedBy, Instant changedAt, long version,
            long dueNow, long heldNow) {
    }

    /** A case under a legal hold. */
    public record HoldRow(long disputeId, String caseNumber, String state, String reason, String heldBy,
            Instant heldAt) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PeriodRow> periods() {
        return em.createQuery("select p from RetentionPeriod p", RetentionPeriod.class).getResultList().stream()
                .sorted(Comparator.comparing(RetentionPeriod::getRecordType)).map(p -> {
                    long[] due = p.getMonths() == null ? new long[2] : run.dueNow(p.getRecordType(), p.getMonths());
                    return new PeriodRow(p.getRecordType(), p.getMonths(),
                            p.getChangedBy() == null ? null : people.name(p.getChangedBy()), p.getChangedAt(),
                            p.getVersion(), due[0], due[1]);
                }).toList();
    }

    /** Sets a record type's period ({@code months} null: 永久); audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPeriod(RecordType type, Integer months, long version) {
        RetentionPeriod period = em.find(RetentionPeriod.class, type, LockModeType.OPTIMISTIC);
        if (period == null) {
            throw new CaseworkException("retention.type.unknown");
        }
        if (period.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RetentionPeriod.class, type);
        }
        Integer before = period.getMonths();
        String actor = CurrentUser.require().username();
        period.change(months, Instant.now(clock), actor);
        audit.record(actor, PERIOD_AUDIT, null, type + " " + (before == null ? "永久" : before + "个月") + " -> "
                + (months == null ? "永久" : months + "个月"));
    }

    /** The cases under a legal hold, most recent first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<HoldRow> holds() {
        return em.createQuery("select d from Dispute d where d.legalHold is not null order by d.legalHoldAt desc, d.id",
                Dispute.class).setMaxResults(500).getResultList().stream().map(d -> new HoldRow(d.getId(),
                        d.getCaseNumber(), d.getState().name(), d.getLegalHold(), people.name(d.getLegalHoldBy()),
                        d.getLegalHoldAt())).toList();
    }

    /** 保全: holds the case with this number beyond its 保管期限, for the reason given; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long hold(String caseNumber, String reason) {
        String number = Fields.required(caseNumber, 60, "field.caseNumber");
        Dispute d = em.createQuery("select d from Dispute d where d.caseNumber = :n", Dispute.class)
                .setParameter("n", number).getResultList().stream().findFirst()
                .orElseThrow(() -> new CaseworkException("retention.hold.noCase", number));
        return holdAs(d, reason, Instant.now(clock), CurrentUser.require().username());
    }

    /** For the demo data: a hold set as an administrator would, at the given time. */
    @Transactional
    public long holdAs(Dispute d, String reason, Instant now, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new CaseworkException("retention.hold.reason");
        }
        d.hold(reason, now, actor);
        audit.record(actor, HOLD_AUDIT, d.getId(), d.getLegalHold());
        return d.getId();
    }

    /** Ends a case's hold: its 保管期限 applies again; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void release(long disputeId) {
        Dispute d = em.find(Dispute.class, disputeId);
        if (d == null || d.getLegalHold() == null) {
            throw new CaseworkException("retention.hold.none");
        }
        String actor = CurrentUser.require().username();
        String reason = d.getLegalHold();
        d.hold(null, Instant.now(clock), actor);
        audit.record(actor, RELEASE_AUDIT, disputeId, reason);
    }

    /** Runs the retention now, as the administrator; the nightly job runs it as the system. */
    @PreAuthorize("hasRole('ADMIN')")
    public RetentionRun.Result runNow() {
        return run.run(CurrentUser.require().username());
    }

    /**
     * The 保管期限 of a case's file as its cover states it: that of the record type it is or is heading for, in months
     * (null: 永久). For anyone who may build the file (checked by the caller, which has found the case).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Integer monthsFor(long disputeId) {
        queries.find(disputeId); // inside the user's jurisdiction, or refused and audited
        Dispute d = em.find(Dispute.class, disputeId);
        boolean written = !em.createQuery("select a.id from Agreement a where a.disputeId = :id and a.kind = :w",
                Long.class).setParameter("id", disputeId).setParameter("w", Agreement.Form.WRITTEN).setMaxResults(1)
                .getResultList().isEmpty();
        RecordType type = RecordType.of(d.getState(), d.getClosureType(), written);
        return em.find(RetentionPeriod.class, type).getMonths();
    }

    /** A period as the cover and the screens write it: 永久, N年 or N个月. */
    public static String label(Integer months) {
        if (months == null) {
            return "永久";
        }
        return months % 12 == 0 ? months / 12 + "年" : months + "个月";
    }
}
