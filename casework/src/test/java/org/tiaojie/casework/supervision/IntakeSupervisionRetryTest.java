package org.tiaojie.casework.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/**
 * Which failures of an intake review are a lost lock race that is decided again: MariaDB rolls back a deadlock's
 * victim (error 1213, SQLSTATE 40001) and a query of the entity manager reaches the review untranslated, wrapped
 * in Hibernate's exception (found by the intake benchmark: two import batches counting on the same subjects).
 */
class IntakeSupervisionRetryTest {

    @Test
    void aDeadlockVictimIsTriedAgainWhateverWrapsIt() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        assertThat(IntakeSupervision.deadlocked(new org.hibernate.exception.LockAcquisitionException("select …",
                deadlock, "select …"))).isTrue();
        assertThat(IntakeSupervision.deadlocked(new RuntimeException(new SQLException("lock wait", "40001", 1205))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(IntakeSupervision.deadlocked(new RuntimeException(new SQLException("gone", "08S01", 0)))).isFalse();
        assertThat(IntakeSupervision.deadlocked(new IllegalStateException("no"))).isFalse();
    }
}
