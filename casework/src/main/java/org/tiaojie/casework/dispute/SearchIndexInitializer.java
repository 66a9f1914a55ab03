package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dispute index whole across restarts. At start, in the background so the application is
 * usable at once: a missing index (a first start on an existing database, a deleted index folder) is
 * built; an index on disk is brought up to date with every dispute changed since its last commit.
 * While running, Hibernate Search updates a dispute's document in the transaction's wake and makes
 * it searchable before the call returns ({@code read-sync}); Lucene writes it to disk within a
 * second, so a crash can lose that last second — which the catch-up restores from the audit log,
 * where every change of a dispute is recorded. {@code tiaojie.search.index-on-start=false} leaves the
 * index as it is (benchmarks on generated data that measure no full-text search).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "tiaojie.search.index-on-start",
        havingValue = "true", matchIfMissing = true)
public class SearchIndexInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexInitializer.class);
    /** Clock differences and commits in flight: the catch-up starts this long before the last commit. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final int BATCH = 500;

    private final EntityManagerFactory emf;
    private final String root;

    SearchIndexInitializer(EntityManagerFactory emf,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root) {
        this.emf = emf;
        this.root = root;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        long indexed;
        long stored;
        boolean olderSchema;
        EntityManager em = emf.createEntityManager();
        try {
            indexed = Search.session(em).search(Dispute.class).where(f -> f.matchAll()).fetchTotalHitCount();
            stored = em.createQuery("select count(d) from Dispute d", Long.class).getSingleResult();
            // an index written before a field was added to the mapping (dueWarnAt, issue 23) is built again
            olderSchema = indexed > 0 && Search.session(em).search(Dispute.class)
                    .where(f -> f.exists().field("dueWarnAt")).fetchTotalHitCount() == 0
                    && em.createQuery("select count(d) from Dispute d where d.dueWarnAt is not null", Long.class)
                            .getSingleResult() > 0;
        } finally {
            em.close();
        }
        if (stored == 0) {
            return;
        }
        if (indexed == 0 || olderSchema) {
            LOG.info("dispute index is {} while {} disputes are stored: building it in the background",
                    olderSchema ? "of an older mapping" : "empty", stored);
            background(() -> {
                EntityManager worker = emf.createEntityManager();
                try {
                    long started = System.nanoTime();
                    Search.session(worker).massIndexer(Dispute.class).threadsToLoadObjects(2).batchSizeToLoadObjects(200)
                            .startAndWait();
                    LOG.info("dispute index built: {} disputes in {} s", stored, (System.nanoTime() - started) / 1_000_000_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    worker.close();
                }
            });
            return;
        }
        lastCommit(root.isBlank() ? null : Path.of(root, "dispute")).ifPresent(committed -> background(() -> {
            Instant since = committed.minus(MARGIN);
            int n = catchUp(since);
            LOG.info("dispute index: {} disputes changed since its last commit ({}) indexed again", n, since);
        }));
    }

    private static void background(Runnable work) {
        Thread.ofPlatform().daemon().name("tj-search-index").start(work);
    }

    /** When Lucene last committed the index in {@code directory}: its newest {@code segments_N} file. */
    public static Optional<Instant> lastCommit(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segments_")).map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    return Instant.EPOCH;
                }
            }).max(Instant::compareTo);
        } catch (IOException e) {
            LOG.warn("dispute index folder {} cannot be read: {}", directory, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Indexes again every dispute the audit log records a change of (or a registration) from
     * {@code since} on; returns how many. Used at start, and by operators after restoring an index.
     */
    public int catchUp(Instant since) {
        List<Long> ids;
        EntityManager em = emf.createEntityManager();
        try {
            ids = em.createQuery("select distinct a.disputeId from AuditEntry a where a.at >= :since"
                    + " and a.disputeId is not null", Long.class).setParameter("since", since).getResultList();
        } finally {
            em.close();
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            EntityManager worker = emf.createEntityManager();
            try {
                worker.getTransaction().begin();
                SearchSession search = Search.session(worker);
                // with what the document embeds, so building 500 documents is not 500 more look-ups
                worker.createQuery("select distinct d from Dispute d left join fetch d.parties join fetch d.compound"
                        + " where d.id in :ids", Dispute.class)
                        .setParameter("ids", batch).getResultList().forEach(d -> search.indexingPlan().addOrUpdate(d));
                worker.getTransaction().commit();
            } finally {
                if (worker.getTransaction().isActive()) {
                    worker.getTransaction().rollback();
                }
                worker.close();
            }
        }
        return ids.size();
    }
}
