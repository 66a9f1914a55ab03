package org.tiaojie.casework.supervision;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.dispute.DisputeEvent;
import org.tiaojie.casework.shared.DatabaseFault;

/**
 * 督办 at intake (领导批示, 重大舆情, group disputes, repeat complaints), issued after the
 * registration or the merged call has committed, in a transaction of its own (decision 003).
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

    private final SupervisionService supervisions;
    private final TransactionTemplate transactions;

    IntakeSupervision(SupervisionService supervisions, PlatformTransactionManager transactionManager) {
        this.supervisions = supervisions;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Async
    @TransactionalEventListener
    void registered(DisputeEvent.DisputeRegistered event) {
        decide(event.disputeId(), true, event.at());
    }

    @Async
    @TransactionalEventListener
    void merged(DisputeEvent.ContactMerged event) {
        decide(event.disputeId(), false, event.at());
    }

    /**
     * Three short transactions: the decision (reads, no locks), the notice number (the district's
     * counter row held only for that commit), the notice itself (under the dispute's row lock).
     */
    private void decide(long disputeId, boolean registered, Instant at) {
        SupervisionService.IntakeNotice owed = inTransaction(disputeId,
                () -> supervisions.owedAtIntake(disputeId, registered, at));
        if (owed == null) {
            return;
        }
        long number = inTransaction(disputeId, () -> supervisions.reserveNoticeNumber(owed.districtId(), at));
        inTransaction(disputeId, () -> supervisions.issueAtIntake(owed, number, at));
    }

    private <T> T inTransaction(long disputeId, java.util.function.Supplier<T> work) {
        long pause = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (PessimisticLockingFailureException | jakarta.persistence.PessimisticLockException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.debug("intake supervision of dispute {} lost a lock race, trying again", disputeId, e);
            } catch (RuntimeException e) {
                // the database went away after the registration committed: wait for it a while (the
                // redelivery job, or the next start, delivers the event again if it stays away)
                if (DatabaseFault.of(e).orElse(null) != DatabaseFault.UNAVAILABLE || pause > LAST_PAUSE_MS) {
                    throw e;
                }
                LOG.info("intake supervision of dispute {} waits {} ms for the database: {}", disputeId, pause,
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
