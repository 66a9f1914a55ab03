package org.tiaojie.casework.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tiaojie.casework.CaseworkTestApplication;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.testing.TestDatabase;

/** Casework on the integration tests' database (a fresh one), with the demo district loaded, for a benchmark. */
final class BenchmarkContext {

    private BenchmarkContext() {
    }

    static ConfigurableApplicationContext start(TestDatabase.Target db) {
        return start(db, 200);
    }

    /** With {@code demoDisputes} of at least 0 the demo district is loaded; -1 opens generated data as it is. */
    static ConfigurableApplicationContext start(TestDatabase.Target db, int demoDisputes) {
        // the scheduler's migration (V9, Quartz's tables) is not on this module's path: once the whole
        // application has run on a generated database, its entry in Flyway's history is expected
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CaseworkTestApplication.class)
                .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(), "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--tiaojie.search.index-on-start=false",
                        "--spring.flyway.ignore-migration-patterns=*:missing",
                        // the production mysql profile's pool (TIAOJIE_DB_POOL, 20)
                        "--spring.datasource.hikari.maximum-pool-size=20",
                        // the listeners production has, not the tests' recorder of every event
                        "--tiaojie.test.event-recorder=false",
                        // the search index as in production (the tests keep it in memory and wait for its commits)
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + indexDirectory(),
                        "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=" + System.getProperty("bench.index-sync", "read-sync"));
        if (demoDisputes >= 0) {
            ctx.getBean(DemoDataGenerator.class).generate(demoDisputes);
        }
        return ctx;
    }

    private static String indexDirectory() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tiaojie-bench-index");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A database {@link CityDataGenerator} filled, opened as it is. */
    static ConfigurableApplicationContext city(String database) {
        return start(TestDatabase.kept(database, false), -1);
    }

    /**
     * The two helper tables a fill copies from: bench_template (k → a template dispute's id) and
     * bench_seq (the copy rounds 0 … rounds − 1, enough for {@code total} copies). Returns the rounds.
     */
    static int copyTables(org.springframework.jdbc.core.JdbcTemplate jdbc, java.util.List<Long> template, int total) {
        jdbc.execute("create table bench_seq (n int not null primary key)");
        jdbc.execute("create table bench_template (k int not null primary key, dispute_id bigint not null)");
        for (int k = 0; k < template.size(); k++) {
            jdbc.update("insert into bench_template values (?, ?)", k, template.get(k));
        }
        int rounds = (total + template.size() - 1) / template.size();
        java.util.List<Object[]> seq = new java.util.ArrayList<>();
        for (int n = 0; n < rounds; n++) {
            seq.add(new Object[] {n});
        }
        jdbc.batchUpdate("insert into bench_seq values (?)", seq);
        return rounds;
    }

    static TestDatabase.Target database() {
        return TestDatabase.find().orElseThrow(() -> new IllegalStateException(TestDatabase.HOW_TO));
    }
}
