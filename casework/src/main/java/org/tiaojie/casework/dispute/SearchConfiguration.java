package org.tiaojie.casework.dispute;

import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dispute index's mapping and analyzers belong to casework, so every application using it
 * (the web application, the scheduler's tests, a benchmark) indexes the same way. Where an
 * application names no place for the index, it is kept in memory (and rebuilt at start, see
 * {@link SearchIndexInitializer}).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    HibernatePropertiesCustomizer disputeSearch() {
        return (Map<String, Object> properties) -> {
            properties.putIfAbsent("hibernate.search.mapping.configurer",
                    "class:" + DisputeSearchMapping.class.getName());
            properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
                    "class:" + ChineseAnalysis.class.getName());
            properties.putIfAbsent("hibernate.search.backend.lucene_version", "9.12.3");
            // a change is searchable when the call returns; Lucene commits to disk every second instead of once per
            // transaction (write-sync made each registration wait ~45 ms for the index, #10); SearchIndexInitializer
            // restores what a crash loses of that second
            properties.putIfAbsent("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
            if (!properties.containsKey("hibernate.search.backend.directory.root")) {
                properties.putIfAbsent("hibernate.search.backend.directory.type", "local-heap");
            }
        };
    }
}
