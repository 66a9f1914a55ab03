package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the dispute index when it is missing (a first start on an existing database, or a
 * deleted index folder), in the background so the application is usable at once; lists search
 * the database as usual meanwhile, and full-text search fills in as the index grows. Afterwards
 * Hibernate Search keeps the index in step with every change. {@code tiaojie.search.index-on-start=false}
 * leaves a missing index empty (benchmarks on generated data that measure no full-text search).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "tiaojie.search.index-on-start",
        havingValue = "true", matchIfMissing = true)
class SearchIndexInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final EntityManagerFactory emf;

    SearchIndexInitializer(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildWhenMissing() {
        var em = emf.createEntityManager();
        try {
            SearchSession search = Search.session(em);
            long indexed = search.search(Dispute.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = em.createQuery("select count(d) from Dispute d", Long.class).getSingleResult();
            if (stored == 0 || indexed > 0) {
                return;
            }
            LOG.info("dispute index is empty while {} disputes are stored: building it in the background", stored);
            Thread.ofPlatform().daemon().name("tj-search-index").start(() -> {
                var worker = emf.createEntityManager();
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
        } finally {
            em.close();
        }
    }
}
