package org.tiaojie.casework.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeSort;

/**
 * The queues on a database {@link CityDataGenerator} filled ({@code tj_city_1m} by default,
 * argument 1): the community mediator's queue (own organisation's open disputes, nearest deadline
 * first) and the district-wide list a supervisor or district mediator reads, first page and a
 * filtered page (category, due within the next three days), a page 1,000 deep by offset and by
 * keyset, and the counters above the queue. Each is measured through {@link DisputeQueryService}
 * (jurisdiction, JPQL, row mapping) and as the same SQL through plain JDBC on the same index, in
 * the same run: p50, p95, and the service's p95 over the SQL's.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.QueueBenchmark -Dexec.args=tj_city_1m}.
 */
public final class QueueBenchmark {

    private static final int WARMUP = 50;
    private static final int RUNS = 300;
    private static final String ROW_SQL = """
            select d.id, d.case_number, d.channel, c.name, p.name, d.state, d.tier, o.name, d.registered_at,
                d.due_date, d.supervised, d.flag_urgent
            from dispute d left join dispute_category c on c.id = d.category_id left join compound p on p.id = d.compound_id
                left join organisation o on o.id = d.organisation_id
            """;
    /**
     * The row query read from the area's newest-first index as a range from the key (MariaDB would otherwise walk
     * the area's index from its top and filter): the best the database does for a keyset page, its baseline.
     */
    private static String forced(String rowSql, String index) {
        return rowSql.replace("from dispute d ", "from dispute d force index (" + index + ") ");
    }

    private QueueBenchmark() {
    }

    public static void main(String[] args) {
        String database = args.length > 0 ? args[0] : "tj_city_1m";
        try (ConfigurableApplicationContext ctx = BenchmarkContext.city(database)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            DisputeQueryService queries = ctx.getBean(DisputeQueryService.class);
            AccountService accounts = ctx.getBean(AccountService.class);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            long category = jdbc.queryForObject("""
                    select category_id from dispute where is_open = true group by category_id order by count(*) desc
                    limit 1""", Long.class);
            System.out.printf(Locale.ROOT, "database %s: %,d disputes (%,d open), buffer pool %,d MB%n", database,
                    jdbc.queryForObject("select count(*) from dispute", Long.class),
                    jdbc.queryForObject("select count(*) from dispute where is_open = true", Long.class),
                    jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) / 1024 / 1024);
            System.out.printf(Locale.ROOT, "%-62s %9s %9s %9s %9s %7s %6s%n", "", "svc p50", "svc p95", "sql p50",
                    "sql p95", "p95 x", "stmts");

            AuthenticatedUser mediator = login(accounts, "shequ");
            long org = mediator.organisationId();
            long community = mediator.jurisdiction().id();
            System.out.printf(Locale.ROOT, "community mediator shequ: %,d disputes in the community, %,d open in the"
                    + " queue%n", jdbc.queryForObject("select count(*) from dispute where community_id = ?", Long.class,
                            community),
                    jdbc.queryForObject("select count(*) from dispute where organisation_id = ? and is_open = true",
                            Long.class, org));
            DisputeFilter queue = DisputeFilter.open().ownOrganisation();
            compare("queue, first page (50, nearest deadline first)",
                    () -> queries.page(queue, DisputeSort.DUE_DATE_ASC, 0, 50),
                    jdbc, ROW_SQL + "where d.community_id = ? and d.organisation_id = ? and d.is_open = true "
                            + "order by d.queue_due, d.id limit 50", community, org);
            compare("queue, filtered (category, due within 3 days)",
                    () -> queries.page(queue.withCategory(category).withDueBetween(today, today.plusDays(3)),
                            DisputeSort.DUE_DATE_ASC, 0, 50),
                    jdbc, ROW_SQL + "where d.community_id = ? and d.organisation_id = ? and d.is_open = true and "
                            + "d.queue_due >= ? and d.queue_due < ? and (d.category_id = ? or c.parent_id = ?) "
                            + "order by d.queue_due, d.id limit 50", community, org, today, today.plusDays(3),
                    category, category);
            compare("queue counters (normal / warning / overdue)", () -> List.of(
                    queries.count(queue.withDueBetween(today.plusDays(3), null)),
                    queries.count(queue.withDueBetween(today, today.plusDays(3))),
                    queries.count(queue.withDueBetween(null, today))),
                    jdbc, "select sum(d.queue_due >= ? and d.queue_due < '9999-12-31'), "
                            + "sum(d.queue_due >= ? and d.queue_due < ?), sum(d.queue_due < ?) "
                            + "from dispute d where d.community_id = ? and d.organisation_id = ? and d.is_open = true",
                    today.plusDays(3), today, today.plusDays(3), today, community, org);

            DisputeFilter area = DisputeFilter.all();
            long inCommunity = queries.count(area);
            int deep = (int) Math.min(2_450, inCommunity - 50);
            DisputeRow last = queries.page(area, DisputeSort.REGISTERED_DESC, deep - 1, 1).getFirst();
            compare("community, all, newest first, page " + (deep / 50 + 1) + " by offset",
                    () -> queries.page(area, DisputeSort.REGISTERED_DESC, deep, 50),
                    jdbc, ROW_SQL + "where d.community_id = ? order by d.registered_at desc, d.id desc limit 50 "
                            + "offset " + deep, community);
            compare("community, all, newest first, same page by keyset",
                    () -> queries.page(area, DisputeSort.REGISTERED_DESC, deep, 50, last),
                    jdbc, forced(ROW_SQL, "ix_dispute_community_time") + "where d.community_id = ? and (d.registered_at "
                            + "< ? or (d.registered_at = ? and d.id < ?)) order by d.registered_at desc, d.id desc limit 50",
                    community,
                    last.registeredAt(), last.registeredAt(), last.id());

            AuthenticatedUser supervisor = login(accounts, "duban");
            long district = supervisor.jurisdiction().id();
            System.out.printf(Locale.ROOT, "supervisor duban: %,d disputes in the district, %,d open%n",
                    jdbc.queryForObject("select count(*) from dispute where district_id = ?", Long.class, district),
                    jdbc.queryForObject("select count(*) from dispute where district_id = ? and is_open = true",
                            Long.class, district));
            DisputeFilter open = DisputeFilter.open();
            compare("district, open, first page (nearest deadline first)",
                    () -> queries.page(open, DisputeSort.DUE_DATE_ASC, 0, 50),
                    jdbc, ROW_SQL + "where d.district_id = ? and d.is_open = true order by d.queue_due, d.id limit 50",
                    district);
            compare("district, filtered (category, due within 3 days)",
                    () -> queries.page(open.withCategory(category).withDueBetween(today, today.plusDays(3)),
                            DisputeSort.DUE_DATE_ASC, 0, 50),
                    jdbc, ROW_SQL + "where d.district_id = ? and d.is_open = true and d.queue_due >= ? and d.queue_due < ?"
                            + " and (d.category_id = ? or c.parent_id = ?) order by d.queue_due, d.id limit 50",
                    district, today, today.plusDays(3), category, category);
            DisputeFilter all = DisputeFilter.all();
            compare("district, all, newest first, first page",
                    () -> queries.page(all, DisputeSort.REGISTERED_DESC, 0, 50),
                    jdbc, ROW_SQL + "where d.district_id = ? order by d.registered_at desc, d.id desc limit 50",
                    district);
            DisputeRow before = queries.page(all, DisputeSort.REGISTERED_DESC, 49_949, 1).getFirst();
            compare("district, all, page 1,000 by offset (49,950)",
                    () -> queries.page(all, DisputeSort.REGISTERED_DESC, 49_950, 50),
                    jdbc, ROW_SQL + "where d.district_id = ? order by d.registered_at desc, d.id desc "
                            + "limit 50 offset 49950", district);
            compare("district, all, page 1,000 after its previous row (keyset)",
                    () -> queries.page(all, DisputeSort.REGISTERED_DESC, 49_950, 50, before),
                    jdbc, forced(ROW_SQL, "ix_dispute_district_time") + "where d.district_id = ? and (d.registered_at "
                            + "< ? or (d.registered_at = ? and d.id < ?)) order by d.registered_at desc, d.id desc limit 50",
                    district,
                    before.registeredAt(), before.registeredAt(), before.id());
            if (!queries.page(all, DisputeSort.REGISTERED_DESC, 49_950, 50).equals(
                    queries.page(all, DisputeSort.REGISTERED_DESC, 49_950, 50, before))) {
                throw new IllegalStateException("keyset and offset pages differ");
            }
            System.out.println("plan of the district's first open page: " + jdbc.queryForList("explain "
                    + ROW_SQL + "where d.district_id = ? and d.is_open = true order by d.queue_due, d.id limit 50",
                    district).getFirst());
        }
    }

    private static AuthenticatedUser login(AccountService accounts, String username) {
        AuthenticatedUser user = Logins.as(accounts, username);
        return user;
    }

    private static void compare(String what, Supplier<?> service, JdbcTemplate jdbc, String sql, Object... args) {
        // alternate the two, so that both see the same machine
        List<Double> svc = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            service.get();
            long t1 = System.nanoTime();
            jdbc.queryForList(sql, args);
            long t2 = System.nanoTime();
            if (i >= WARMUP) {
                svc.add((t1 - t0) / 1e6);
                raw.add((t2 - t1) / 1e6);
            }
        }
        double[] s = percentiles(svc);
        double[] r = percentiles(raw);
        // what one service call sends the server (the counter's own query left out)
        long before = questions(jdbc);
        for (int i = 0; i < 50; i++) {
            service.get();
        }
        double statements = (questions(jdbc) - before - 1) / 50.0;
        System.out.printf(Locale.ROOT, "%-62s %9.2f %9.2f %9.2f %9.2f %7.2f %6.1f%n", what, s[0], s[1], r[0], r[1],
                s[1] / r[1], statements);
    }

    private static long questions(JdbcTemplate jdbc) {
        return jdbc.query("show global status like 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    private static double[] percentiles(List<Double> ms) {
        Collections.sort(ms);
        return new double[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1)};
    }
}
