package org.tiaojie.casework.shared;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/**
 * Numbers handed out from a counter row per key and year (case numbers per organisation, 督办
 * notice numbers per district), in the caller's transaction: the row stays locked until it
 * commits, and a rollback gives the numbers back, so there are no gaps and no duplicates.
 *
 * <p>The two statements go to the transaction's connection as plain JDBC. As native queries
 * through the entity manager each of them first flushed the session and prepared a bulk-operation
 * clean-up over every entity type — a tenth of a registration's CPU in the intake benchmark —
 * though a counter row is no entity's concern.
 */
public final class CounterRows {

    private final String take;
    private final String read;

    /** A counter table with a key column, a year column and {@code last_number}; the names are constants, never input. */
    public CounterRows(String table, String keyColumn, String yearColumn) {
        // one statement takes the row lock whether or not the row exists yet (MySQL, MariaDB, H2 in MySQL mode)
        this.take = "insert into " + table + " (" + keyColumn + ", " + yearColumn + ", last_number) values (?, ?, ?) "
                + "on duplicate key update last_number = last_number + ?";
        this.read = "select last_number from " + table + " where " + keyColumn + " = ? and " + yearColumn + " = ?";
    }

    /** Takes {@code count} consecutive numbers of the key's year and returns the first. */
    public long reserve(EntityManager em, long key, int year, long count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(take)) {
                statement.setLong(1, key);
                statement.setInt(2, year);
                statement.setLong(3, count);
                statement.setLong(4, count);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(read)) {
                statement.setLong(1, key);
                statement.setInt(2, year);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("counter row missing right after it was taken: " + read);
                    }
                    return rs.getLong(1) - count + 1;
                }
            }
        });
    }
}
