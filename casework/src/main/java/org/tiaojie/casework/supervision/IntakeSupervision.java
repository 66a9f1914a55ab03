package org.tiaojie.casework.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.dispute.IntakeReview;
import org.tiaojie.casework.shared.DatabaseFault;

/**
 * 督办 at intake (领导批示, 重大舆情, group disputes, repeat complaints), issued after the
 * registration, the import batch or the merged call has committed, in transactions of its own
 * (decisions 003 and 013): the decision with its notice numbers (reads without locks, then the
 * district's counter row, held only from the numbering to that commit), and the notices (under the
 * disputes' row locks). A batch of an import is decided, numbered and issued together.
 * A registration therefore never waits for the district's notice counter, and the counter's
 * row lock is held only for the short transaction that takes a number (held until a longer
 * transaction's commit, it made every supervised registration of a district queue behind the
 * previous one). The event publication registry keeps each event until
 * this listener has finished, and delivers it again after a crash; a lost lock race (a deadlock
 * victim) is simply run again, and a database that went away is waited for.
 */
@Component
class IntakeSupervision {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeSupervision.class);
    private static final int ATTEMPTS = 5;
    /** Waits for an unreachable database: 0.2 s doubling to 25.6 s, about 51 s in all. */
    private static final long FIRST_PAUSE_MS = 200;
    private static final long LAST_PAUSE_MS = 25_600;

    private final SupervisionTriggers supervisions;
    private final TransactionTemplate transactions;

    IntakeSupervision(SupervisionTriggers supervisions, PlatformTransactionManager transactionManager) {
        this.supervisions = supervisions;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Async
    @TransactionalEventListener
    void review(IntakeReview review) {
        List<Long> ids = review.disputeIds();
        if (ids.isEmpty()) {
            return;
        }
        Instant at = review.at();
        String subject = ids.size() == 1 ? "dispute " + ids.getFirst() : ids.size() + " disputes from " + ids.getFirst();
        Decided decided = inTransaction(subject, () -> {
            List<SupervisionTriggers.IntakeNotice> owed = supervisions.owedAtIntake(ids, review.registered(), at);
            if (owed.isEmpty()) {
                return null;
            }
            // numbered last, so the districts' counter rows are held only for this transaction's commit
            Map<Long, Integer> perDistrict = new TreeMap<>();
            owed.stream().filter(n -> !n.counting()).forEach(n -> perDistrict.merge(n.districtId(), 1, Integer::sum));
            return new Decided(owed, supervisions.reserveNoticeNumbers(perDistrict, at));
        });
        if (decided != null) {
            inTransaction(subject, () -> supervisions.issueAtIntake(decided.owed(), decided.numbers(), at));
        }
    }

    private record Decided(List<SupervisionTriggers.IntakeNotice> owed, Map<Long, long[]> numbers) {
    }

    /** Whether a refused write met another open supervision of the same subject (uq_supervision_open). */
    private static boolean openKeyTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("uq_supervision_open")) {
                return true;
            }
        }
        return false;
    }

    /** A transaction the database rolled back to break a deadlock or a lock wait (SQLSTATE class 40). */
    static boolean deadlocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private <T> T inTransaction(String subject, java.util.function.Supplier<T> work) {
        long pause = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (PessimisticLockingFailureException | jakarta.persistence.PessimisticLockException
                    | org.springframework.dao.OptimisticLockingFailureException
                    | org.springframework.dao.DataIntegrityViolationException e) {
                // a lost lock race, a subject's supervision counted or opened by another review meanwhile (its open
                // key is unique): decided again, when it is counted there
                if (e instanceof org.springframework.dao.DataIntegrityViolationException && !openKeyTaken(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug("intake supervision of {} lost a lock race, trying again", subject, e);
            } catch (RuntimeException e) {
                if (deadlocked(e) && attempt < ATTEMPTS) {
                    // two reviews met on one subject's gap in its index, untranslated (a query of the entity
                    // manager): the database rolled this one back whole, it is decided again
                    LOG.debug("intake supervision of {} was chosen as a deadlock's victim, trying again", subject, e);
                    continue;
                }
                // the database went away after the registration committed: wait for it a while (the
                // redelivery job, or the next start, delivers the event again if it stays away)
                if (DatabaseFault.of(e).orElse(null) != DatabaseFault.UNAVAILABLE || pause > LAST_PAUSE_MS) {
                    throw e;
                }
                LOG.info("intake supervision of {} waits {} ms for the database: {}", subject, pause,
                        e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause *= 2;
            }
        }
    }
}
