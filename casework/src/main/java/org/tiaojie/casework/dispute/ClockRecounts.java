package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.calendar.CalendarChanged;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.notification.NotificationService;

/**
 * Moves running clocks when the holiday calendar changes: every clock still counting (running or
 * paused, counted in days) whose due date is on or after the first changed day is counted again on
 * the new calendar, in batches of {@link #BATCH} disputes, each batch one transaction. A due date
 * that moved is written to the clock's ledger and the case's timeline and announced again by the
 * sweep. Runs after the change commits (the event registry delivers it again after a crash); counting
 * again is idempotent, so a repeated delivery moves nothing twice. A batch that meets a concurrent
 * change of one of its cases is simply run again.
 */
@Component
public class ClockRecounts {

    /** What one recount did: clocks looked at, clocks whose due date moved, cases touched. */
    public record Result(int checked, int moved, int disputes) {
    }

    static final int BATCH = 200;
    private static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ClockRecounts.class);

    private final EntityManager em;
    private final CalendarService calendar;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ClockRecounts(EntityManager em, CalendarService calendar, NotificationService notifications,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.em = em;
        this.calendar = calendar;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void calendarChanged(CalendarChanged change) {
        Instant now = Instant.now(clock);
        Result result = recount(change.from(), change.cause(), now);
        if (change.requestedBy() != null) {
            transactions.executeWithoutResult(status -> notifications.notify(
                    NotificationService.Audience.inboxOnly(List.of(change.requestedBy())), "calendar.recounted",
                    List.of(change.cause(), Integer.toString(result.checked()), Integer.toString(result.moved()),
                            Integer.toString(result.disputes())), null, now));
        }
    }

    /** Counts again every clock still counting whose due date falls on or after {@code from}. */
    public Result recount(LocalDate from, String cause, Instant now) {
        Instant since = from.atStartOfDay(DeadlineCalculator.ZONE).toInstant();
        TreeSet<Long> ids = new TreeSet<>();
        for (ClockState state : List.of(ClockState.RUNNING, ClockState.PAUSED)) {
            ids.addAll(transactions.execute(status -> em.createQuery("""
                            select c.dispute.id from DisputeClock c
                            where c.state = :state and c.dueAt >= :since and c.unit <> :hours""", Long.class)
                    .setParameter("state", state).setParameter("since", since)
                    .setParameter("hours", DurationUnit.HOURS).getResultList()));
        }
        int checked = 0;
        int moved = 0;
        int disputes = 0;
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<Long> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            int[] done = inTransaction(() -> recountBatch(batch, cause, now));
            checked += done[0];
            moved += done[1];
            disputes += done[2];
        }
        if (!all.isEmpty()) {
            LOG.info("calendar changed from {} ({}): {} clocks of {} cases counted again, {} moved in {} cases", from,
                    cause, checked, all.size(), moved, disputes);
        }
        return new Result(checked, moved, disputes);
    }

    private int[] recountBatch(List<Long> ids, String cause, Instant now) {
        DeadlineCalculator calc = new DeadlineCalculator(calendar.calendar());
        List<Dispute> loaded = em.createQuery("select distinct d from Dispute d left join fetch d.clocks where d.id in :ids",
                Dispute.class).setParameter("ids", ids).getResultList();
        // the clocks' ledgers in one more statement (the replay reads them), not one per clock
        em.createQuery("select distinct c from DisputeClock c left join fetch c.ledger where c.dispute.id in :ids",
                DisputeClock.class).setParameter("ids", ids).getResultList();
        int checked = 0;
        int moved = 0;
        int disputes = 0;
        for (Dispute d : loaded) {
            checked += (int) d.getClocks().stream().filter(c -> c.getState() != ClockState.STOPPED).count();
            int m = d.recountClocks(calc, now, DeadlineSweep.ACTOR, cause);
            if (m > 0) {
                moved += m;
                disputes++;
            }
        }
        return new int[] {checked, moved, disputes};
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException
                     | jakarta.persistence.OptimisticLockException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug("clock recount batch met a concurrent change, running it again", e);
            }
        }
    }
}
