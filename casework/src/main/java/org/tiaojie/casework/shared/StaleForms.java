package org.tiaojie.casework.shared;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The administrator's forms carry the version they were loaded with: a form older than the
 * record is refused ("该记录已被他人修改"), also when the change races another one to the database.
 */
public final class StaleForms {

    private StaleForms() {
    }

    public static void requireVersion(long stored, long expected) {
        if (stored != expected) {
            throw new CaseworkException("shared.staleForm");
        }
    }

    /** Writes the change now, turning a lost optimistic-lock race into the same refusal. */
    public static void flush(JpaRepository<?, ?> repository) {
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseworkException("shared.staleForm");
        }
    }

    /** Forgets a cached value now and again once the current transaction has ended, whatever its outcome. */
    public static void invalidate(AtomicReference<?> cache) {
        cache.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.set(null);
                }
            });
        }
    }
}
