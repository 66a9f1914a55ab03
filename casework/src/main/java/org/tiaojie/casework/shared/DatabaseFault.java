package org.tiaojie.casework.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure tells the user when the database is the cause: it cannot be reached (stopped,
 * network gone, pool exhausted) or its storage is full. In both cases the transaction was rolled
 * back and nothing of the request was saved, so the screen keeps what the user typed.
 */
public enum DatabaseFault {

    UNAVAILABLE, STORAGE_FULL;

    /** MariaDB/MySQL: ER_RECORD_FILE_FULL, ER_DISK_FULL, and "Got error 28 (no space) from storage engine". */
    private static final int TABLE_FULL = 1114;
    private static final int DISK_FULL = 1021;

    public static Optional<DatabaseFault> of(Throwable failure) {
        DatabaseFault found = null;
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (sql.getErrorCode() == TABLE_FULL || sql.getErrorCode() == DISK_FULL
                        || message.contains("no space left") || message.contains("got error 28")
                        || message.contains("disk full")) {
                    return Optional.of(STORAGE_FULL);
                }
                String state = sql.getSQLState();
                // a connection that broke under a transaction: its rollback fails with "Connection is closed"
                if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                        || state != null && state.startsWith("08") || message.contains("connection is closed")
                        || message.contains("communications link failure") || message.contains("socket")) {
                    found = UNAVAILABLE;
                }
            } else if (c instanceof CannotCreateTransactionException || c instanceof DataAccessResourceFailureException
                    || c instanceof java.net.ConnectException || c instanceof java.net.SocketException) {
                found = UNAVAILABLE;
            }
        }
        return Optional.ofNullable(found);
    }
}
