package org.tiaojie.casework.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.testing.TestDatabase;

/**
 * Generates a district (1,000,000 disputes) or a city (10,000,000: ten districts) into a database
 * that the benchmarks then open without generating again: {@code tj_city_1m}, {@code tj_city_10m}
 * (argument 2), on the server of {@code TIAOJIE_TEST_DB_URL} or MariaDB on 127.0.0.1:3306. The
 * database is dropped and created afresh, migrated, loaded with the demo district (its users log
 * in), then filled by {@link CityData} with 2 writer connections (argument 3). Prints rows/s.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.CityDataGenerator -Dexec.args="1000000"}.
 */
public final class CityDataGenerator {

    static final long SEED = 20261201L;

    private CityDataGenerator() {
    }

    public static void main(String[] args) {
        long disputes = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        String database = args.length > 1 ? args[1] : defaultName(disputes);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        TestDatabase.Target db = TestDatabase.kept(database, true);
        try (ConfigurableApplicationContext ctx = BenchmarkContext.start(db, 200)) {
            DataSource dataSource = ctx.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            System.out.printf(Locale.ROOT, "database: %s; buffer pool %,d MB%n", db.description(),
                    jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) / 1024 / 1024);
            Instant now = Instant.now(ctx.getBean(Clock.class));
            CityData data = new CityData(dataSource, ctx.getBean(DisputeService.class).rules().calculator(), now, SEED);
            CityData.Report report = data.generate(disputes, 5, threads, line -> System.out.println("  " + line));
            System.out.println("generated: " + report.describe());
            System.out.println("open disputes: " + jdbc.queryForObject(
                    "select count(*) from dispute where is_open = true", Long.class));
        }
    }

    static String defaultName(long disputes) {
        return disputes % 1_000_000 == 0 ? "tj_city_" + disputes / 1_000_000 + "m" : "tj_city_" + disputes;
    }
}
