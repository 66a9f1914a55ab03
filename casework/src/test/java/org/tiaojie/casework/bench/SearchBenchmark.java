package org.tiaojie.casework.bench;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.testing.TestDatabase;

/**
 * Full-text search as the 案件检索 screen runs it (first page of 50 and the count, for a
 * district-wide operator), over the demo data and then over {@code args[0]} disputes (100,000 by
 * default) copied from it, on the integration tests' MySQL-family server with the index in memory.
 * Prints p50 and p95 of 20 runs per query against the baseline of the same run: the substring
 * search it replaces ({@code description like '%…%'} on the district, newest first, and its count),
 * which cannot find words in another order and ranks nothing.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.SearchBenchmark}.
 */
public final class SearchBenchmark {

    private static final String[] QUERIES = {"漏水", "电梯频繁故障", "外墙 渗水", "门禁系统损坏", "群租", "燃气"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TestDatabase.Target db = BenchmarkContext.database();
        try (ConfigurableApplicationContext ctx = BenchmarkContext.start(db)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            var user = ctx.getBean(AccountService.class).loadUserByUsername("huawu");
            Logins.as(user);
            DisputeQueryService queries = ctx.getBean(DisputeQueryService.class);
            long district = jdbc.queryForObject("""
                    select o.district_id from app_user u join organisation o on o.id = u.organisation_id
                    where u.username = 'huawu'""", Long.class);
            System.out.printf(Locale.ROOT, "database: %s%n", db.description());
            run("demo data", jdbc, queries, district);

            long t0 = System.nanoTime();
            DashboardBenchmark.fill(jdbc, total);
            double filled = (System.nanoTime() - t0) / 1e9;
            EntityManagerFactory emf = ctx.getBean(EntityManagerFactory.class);
            var em = emf.createEntityManager();
            long t1 = System.nanoTime();
            Search.session(em).massIndexer(Dispute.class).threadsToLoadObjects(2).batchSizeToLoadObjects(500)
                    .startAndWait();
            double indexed = (System.nanoTime() - t1) / 1e9;
            em.close();
            long count = jdbc.queryForObject("select count(*) from dispute", Long.class);
            System.out.printf(Locale.ROOT, "filled to %,d disputes in %.1f s; index built in %.1f s (%.0f disputes/s)%n",
                    count, filled, indexed, count / indexed);
            run(String.format(Locale.ROOT, "%,d disputes", count), jdbc, queries, district);
        }
    }

    private static void run(String label, JdbcTemplate jdbc, DisputeQueryService queries, long district)
            throws Exception {
        System.out.println("== " + label);
        List<Double> all = new ArrayList<>();
        List<Double> allBase = new ArrayList<>();
        for (String q : QUERIES) {
            DisputeFilter filter = DisputeFilter.all().withText(q);
            long[] hits = new long[1];
            List<Double> t = times(() -> {
                queries.page(filter, DisputeSort.REGISTERED_DESC, 0, 50);
                hits[0] = queries.count(filter);
            });
            String like = "%" + q.replace(" ", "%") + "%";
            long[] likeHits = new long[1];
            List<Double> b = times(() -> {
                jdbc.queryForList("""
                        select id, case_number from dispute where district_id = ? and description like ?
                        order by registered_at desc limit 50""", district, like);
                likeHits[0] = jdbc.queryForObject(
                        "select count(*) from dispute where district_id = ? and description like ?", Long.class,
                        district, like);
            });
            all.addAll(t);
            allBase.addAll(b);
            System.out.printf(Locale.ROOT, "  %-8s full-text %,7d hits p50 %6.1f ms p95 %6.1f ms | like %,7d hits p50 %6.1f ms"
                    + " p95 %6.1f ms%n", q, hits[0], pct(t, 50), pct(t, 95), likeHits[0], pct(b, 50), pct(b, 95));
        }
        System.out.printf(Locale.ROOT, "  all queries: full-text p50 %.1f ms, p95 %.1f ms; substring baseline p50 %.1f ms,"
                + " p95 %.1f ms; ratio p95 %.2f%n", pct(all, 50), pct(all, 95), pct(allBase, 50), pct(allBase, 95),
                pct(all, 95) / pct(allBase, 95));
    }

    private interface Work {
        void run() throws Exception;
    }

    /** 20 timed runs after 3 warm-ups, in ms. */
    private static List<Double> times(Work work) throws Exception {
        List<Double> t = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            long s = System.nanoTime();
            work.run();
            if (i >= 3) {
                t.add((System.nanoTime() - s) / 1e6);
            }
        }
        return t;
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }
}
