package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.deadline.OverdueAction;
import org.tiaojie.casework.notification.NotificationService;

/**
 * The deadline sweep: finds clocks that newly turned 临期 or 超期 through two exact index ranges
 * (never a scan of all disputes), tells the handling organisation's mediators, and applies each
 * policy's overdue action. Each clock is claimed with a conditional update before anything is
 * sent, so two nodes sweeping at once, or one sweeping twice, announce every clock once.
 */
@Service
public class DeadlineSweep {

    /** What one sweep did. */
    public record Result(int warned, int overdue, int supervised, int notifications) {

        Result plus(Result other) {
            return new Result(warned + other.warned, overdue + other.overdue, supervised + other.supervised,
                    notifications + other.notifications);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweep.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EntityManager em;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;

    DeadlineSweep(EntityManager em, NotificationService notifications, PlatformTransactionManager transactionManager) {
        this.em = em;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Sweeps everything due by {@code now}, in batches of {@code batch} clocks, each batch one transaction. */
    public Result sweep(Instant now, int batch) {
        Result total = new Result(0, 0, 0, 0);
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
            LOG.info("deadline sweep at {}: {} due soon, {} overdue, {} put under supervision, {} notifications", now,
                    total.warned(), total.overdue(), total.supervised(), total.notifications());
        }
        return total;
    }

    /**
     * Runs one batch; when the database picks it as a deadlock victim (two nodes claiming the same
     * clocks), the batch is rolled back and simply run again: its claims make that safe.
     */
    private Batch inTransaction(java.util.function.Supplier<Batch> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (org.springframework.dao.PessimisticLockingFailureException
                     | jakarta.persistence.PessimisticLockException e) {
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
        return new Batch(new Result(warned, 0, 0, sent), due.size());
    }

    private Batch overdue(Instant now, int batch) {
        List<DisputeClock> due = unannounced("overdueAt", "dueAt", now, batch);
        int overdue = 0;
        int supervised = 0;
        int sent = 0;
        Map<Long, NotificationService.Audience> audiences = new HashMap<>();
        for (DisputeClock c : due) {
            if (!claim("overdueAt", c, now)) {
                continue;
            }
            overdue++;
            sent += tell(c, "deadline.overdue", now, audiences);
            if (c.getOverdueAction() == OverdueAction.SUPERVISE && !c.getDispute().isSupervised()) {
                em.createQuery("update Dispute d set d.supervised = true where d.id = :id")
                        .setParameter("id", c.getDispute().getId()).executeUpdate();
                supervised++;
            }
        }
        return new Batch(new Result(0, overdue, supervised, sent), due.size());
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
                        + " is null and c.dueAt = :due")
                .setParameter("now", now).setParameter("id", c.getId()).setParameter("due", c.getDueAt())
                .executeUpdate() == 1;
    }

    private int tell(DisputeClock c, String key, Instant now, Map<Long, NotificationService.Audience> audiences) {
        Dispute d = c.getDispute();
        if (d.getOrganisation() == null) {
            return 0;
        }
        Instant shown = c.getUnit() == DurationUnit.HOURS ? c.getDueAt() : c.getDueAt().minusSeconds(60);
        String when = WHEN.format(shown.atZone(DeadlineCalculator.ZONE));
        NotificationService.Audience audience = audiences.computeIfAbsent(d.getOrganisation().getId(),
                notifications::mediatorsOf);
        return notifications.notify(audience, key,
                List.of(d.getCaseNumber(), "@enum.ClockKind." + c.getKind().name(), when), d.getId(), now);
    }
}
