package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.deadline.OverdueAction;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * The deadline sweep: finds clocks that newly turned 临期 or 超期 through two exact index ranges
 * (never a scan of all disputes), tells the handling organisation's mediators, and applies each
 * policy's overdue action (notify, supervise, or escalate one tier). Each clock is claimed with
 * a conditional update before anything is sent, so two nodes sweeping at once, or one sweeping
 * twice, announce every clock once.
 */
@Service
public class DeadlineSweep {

    /** What one sweep did. */
    public record Result(int warned, int overdue, int supervised, int escalated, int notifications) {

        Result plus(Result other) {
            return new Result(warned + other.warned, overdue + other.overdue, supervised + other.supervised,
                    escalated + other.escalated, notifications + other.notifications);
        }
    }

    /** The actor the history names for what the sweep does to a case. */
    public static final String ACTOR = "system";

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweep.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EntityManager em;
    private final NotificationService notifications;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DeadlineSweep(EntityManager em, NotificationService notifications, OrganisationService organisations,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.em = em;
        this.notifications = notifications;
        this.organisations = organisations;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Sweeps everything due by {@code now}, in batches of {@code batch} clocks, each batch one transaction. */
    public Result sweep(Instant now, int batch) {
        Result total = new Result(0, 0, 0, 0, 0);
        Batch last;
        do {
            last = inTransaction(() -> warnings(now, batch));
            total = total.plus(last.result());
        } while (last.found() >= batch);
        do {
            last = inTransaction(() -> overdue(now, batch));
            total = total.plus(last.result());
        } while (last.found() >= batch);
        if (total.warned() + total.overdue() > 0) {
            LOG.info("deadline sweep at {}: {} due soon, {} overdue, {} put under supervision, {} escalated, {} notifications",
                    now, total.warned(), total.overdue(), total.supervised(), total.escalated(), total.notifications());
        }
        return total;
    }

    /**
     * Runs one batch; when the database picks it as a deadlock victim (two nodes claiming the same
     * clocks) or a case in it was changed meanwhile, the batch is rolled back and simply run again: its
     * claims make that safe.
     */
    private Batch inTransaction(java.util.function.Supplier<Batch> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    // the claims are bulk updates: flushing (and dirty-checking every loaded clock) before each one
                    // made a batch quadratic; what the batch persists is written once, at commit
                    em.setFlushMode(FlushModeType.COMMIT);
                    return work.get();
                });
            } catch (org.springframework.dao.ConcurrencyFailureException
                     | jakarta.persistence.PessimisticLockException e) {
                // also a case changed by a user while the batch held it (its version moved on): the batch is rolled
                // back and read again
                if (attempt >= 5) {
                    throw e;
                }
                LOG.debug("deadline sweep batch lost a lock race, running it again", e);
            }
        }
    }

    /** One batch: what it did, and how many clocks it found (a full batch means there may be more). */
    private record Batch(Result result, int found) {
    }

    private Batch warnings(Instant now, int batch) {
        List<DisputeClock> due = unannounced("warnedAt", "warnAt", now, batch);
        int warned = 0;
        int sent = 0;
        Map<Long, NotificationService.Audience> audiences = new HashMap<>();
        for (DisputeClock c : due) {
            if (!claim("warnedAt", c, now)) {
                continue; // another node took it
            }
            warned++;
            if (c.getDueAt().isAfter(now)) {
                sent += tell(c, "deadline.warning", now, audiences);
            }
        }
        return new Batch(new Result(warned, 0, 0, 0, sent), due.size());
    }

    private Batch overdue(Instant now, int batch) {
        List<DisputeClock> due = unannounced("overdueAt", "dueAt", now, batch);
        int overdue = 0;
        Map<Long, OverdueDisputes.Overdue> toSupervise = new java.util.LinkedHashMap<>();
        int escalated = 0;
        int sent = 0;
        Map<Long, NotificationService.Audience> audiences = new HashMap<>();
        for (DisputeClock c : due) {
            Dispute d = c.getDispute();
            boolean escalating = c.getOverdueAction() == OverdueAction.ESCALATE && c.getKind() == ClockKind.MEDIATION;
            if (escalating) {
                // the dispute row first, then the clock: the order every lifecycle command takes
                em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
            }
            if (!claim("overdueAt", c, now)) {
                continue;
            }
            overdue++;
            sent += tell(c, "deadline.overdue", now, audiences);
            if (escalating && d.canEscalateOverdue()) {
                em.refresh(c); // the claim was a bulk update: the clock in memory must carry it before the move saves it
                sent += escalate(c, d, now, audiences);
                escalated++;
            } else if (c.getOverdueAction() != OverdueAction.WARN && !d.isSupervised()) {
                toSupervise.putIfAbsent(d.getId(), new OverdueDisputes.Overdue(d, c.getKind(), shownDue(c)));
            }
        }
        // supervision issues the 督办 (and marks the disputes) in this batch's transaction
        if (!toSupervise.isEmpty()) {
            events.publishEvent(new OverdueDisputes(List.copyOf(toSupervise.values()), now));
        }
        int supervised = (int) toSupervise.values().stream().filter(o -> o.dispute().isSupervised()).count();
        return new Batch(new Result(0, overdue, supervised, escalated, sent), due.size());
    }

    /**
     * The policy escalates a missed mediation deadline: the case moves one tier up (its history
     * names the system and the reason), its events go to the outbox, and the receiving
     * organisation's mediators are told.
     */
    private int escalate(DisputeClock c, Dispute d, Instant now, Map<Long, NotificationService.Audience> audiences) {
        Organisation next = organisations.servingCompound(d.getCompound(), d.getTier().next());
        String reason = CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, "deadline.escalation.reason",
                "@" + CaseworkMessages.enumKey(c.getTier() == null ? d.getTier() : c.getTier()));
        d.escalateOverdue(next, reason, now, ACTOR);
        em.flush();
        d.domainEvents().forEach(events::publishEvent);
        d.eventsPublished();
        NotificationService.Audience audience = audiences.computeIfAbsent(next.getId(), notifications::mediatorsOf);
        return notifications.notify(audience, "deadline.escalated",
                List.of(d.getCaseNumber(), "@enum.ClockKind." + c.getKind().name(), shownDue(c)), d.getId(), now);
    }

    /**
     * Running clocks whose {@code reachedField} time has come and that have not been announced yet,
     * in a fixed order (so concurrent sweepers lock rows in the same order), read from the index
     * (state, announced, time). The field names are constants of this class, never input.
     */
    private List<DisputeClock> unannounced(String announcedField, String reachedField, Instant now, int batch) {
        return em.createQuery("select c from DisputeClock c join fetch c.dispute d where c.state = :running and c."
                        + announcedField + " is null and c." + reachedField + " <= :now order by c." + reachedField
                        + ", c.id", DisputeClock.class)
                .setParameter("running", ClockState.RUNNING).setParameter("now", now).setMaxResults(batch)
                .getResultList();
    }

    /** Marks the clock announced unless someone did already; true when this sweep owns the announcement. */
    private boolean claim(String field, DisputeClock c, Instant now) {
        return em.createQuery("update DisputeClock c set c." + field + " = :now where c.id = :id and c." + field
                        + " is null and c.dueAt = :due and c.state = :running")
                .setParameter("now", now).setParameter("id", c.getId()).setParameter("due", c.getDueAt())
                .setParameter("running", ClockState.RUNNING).executeUpdate() == 1;
    }

    private int tell(DisputeClock c, String key, Instant now, Map<Long, NotificationService.Audience> audiences) {
        Dispute d = c.getDispute();
        if (d.getOrganisation() == null) {
            return 0;
        }
        // a clock kind may have words of its own (司法确认: remind the parties to apply together)
        String specific = key + "." + c.getKind().name();
        if (!CaseworkMessages.get(Locale.SIMPLIFIED_CHINESE, specific).equals(specific)) {
            key = specific;
        }
        // the case's 承办人 hear of its clocks (the room's head while it is unassigned)
        NotificationService.Audience audience = notifications.handlersOf(d.getId(), d.getOrganisation().getId());
        return notifications.notify(audience, key,
                List.of(d.getCaseNumber(), "@enum.ClockKind." + c.getKind().name(), shownDue(c)), d.getId(), now);
    }

    /** The due time as people read it: a day clock ends at 24:00, shown as 23:59 of its last day. */
    private static String shownDue(DisputeClock c) {
        Instant shown = c.getUnit() == DurationUnit.HOURS ? c.getDueAt() : c.getDueAt().minusSeconds(60);
        return WHEN.format(shown.atZone(DeadlineCalculator.ZONE));
    }
}
