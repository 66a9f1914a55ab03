package org.tiaojie.casework.shared;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

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
}
