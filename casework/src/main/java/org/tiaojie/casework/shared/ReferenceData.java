package org.tiaojie.casework.shared;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data kept in memory on every node — the working-day calendar, the deadline policies,
 * the routing thresholds, the serving organisations — and the one stored number that says when
 * any of it changed. Every administrative change moves the number on in its own transaction; each
 * node looks at the number at most once per {@code tiaojie.reference.recheck} (one second by
 * default) and reloads what it keeps when the number moved. So a change made on one node takes
 * effect on the others within that interval, and on its own node as soon as it commits, while a
 * registration reads none of it from the database.
 */
@Component
public class ReferenceData {

    private static final String READ = "select version from reference_version where id = 1";

    private final JdbcTemplate jdbc;
    private final long recheckNanos;
    /** The highest number seen on this node, and when it was last read from the database. */
    private volatile long known = -1;
    private volatile long readAt;

    ReferenceData(JdbcTemplate jdbc, @Value("${tiaojie.reference.recheck:1s}") Duration recheck) {
        this.jdbc = jdbc;
        this.recheckNanos = recheck.toNanos();
    }

    /**
     * Records, in the caller's transaction, that reference data changed: the other nodes reload
     * within the recheck interval once it commits, this one at its next use.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed() {
        jdbc.update("update reference_version set version = version + 1 where id = 1");
        known = -1;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                known = -1;
            }
        });
    }

    /** The number as this node knows it: read again when older than the recheck interval. */
    long version() {
        long v = known;
        if (v < 0 || System.nanoTime() - readAt >= recheckNanos) {
            v = read();
        }
        return v;
    }

    /** Reads the number now, in the caller's transaction if there is one (so it matches what the caller reads next). */
    private long read() {
        long v = jdbc.queryForObject(READ, Long.class);
        readAt = System.nanoTime();
        if (v > known) {
            known = v;
        }
        return v;
    }

    /** A value built from reference data by {@code loader}, built again after every change. */
    public <T> Cached<T> cache(Supplier<T> loader) {
        return new Cached<>(this, loader);
    }

    /** One value kept in memory with the number it was built at. */
    public static final class Cached<T> {

        private record Entry<T>(long version, T value) {
        }

        private final ReferenceData data;
        private final Supplier<T> loader;
        private volatile Entry<T> entry;

        private Cached(ReferenceData data, Supplier<T> loader) {
            this.data = data;
            this.loader = loader;
        }

        /** The value, built again first when reference data changed since it was built. */
        public T get() {
            Entry<T> e = entry;
            if (e != null && e.version() == data.version()) {
                return e.value();
            }
            // the number read again right before the data, in the caller's transaction if any: the value is never
            // older than the number it is kept with (a newer one is only built again once more)
            long version = data.read();
            T value = loader.get();
            entry = new Entry<>(version, value);
            return value;
        }
    }
}
