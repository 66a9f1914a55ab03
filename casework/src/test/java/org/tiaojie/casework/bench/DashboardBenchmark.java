package org.tiaojie.casework.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.statistics.Dashboard;
import org.tiaojie.casework.statistics.Figure;
import org.tiaojie.casework.statistics.StatisticsService;
import org.tiaojie.testing.TestDatabase;

/**
 * The supervisor's dashboard over 1,000,000 disputes (argument 1) of one district, spread over
 * three years, on the MySQL-family server the integration tests use. Prints the server time of the
 * whole page's figures (every KPI and the four breakdowns) for the last twelve months and for the
 * last quarter, and of a drill-down's first page, each as p50 and p95 of 15 runs, against the
 * cheapest query any of them must make in the same run: a count of the period's registrations on
 * the (district, registered_at) index.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.DashboardBenchmark}.
 */
public final class DashboardBenchmark {

    private static final long ID_BASE = 5_000_000_000L;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TestDatabase.Target db = BenchmarkContext.database();
        try (ConfigurableApplicationContext ctx = BenchmarkContext.start(db)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long district = jdbc.queryForObject("""
                    select o.district_id from app_user u join organisation o on o.id = u.organisation_id
                    where u.username = 'duban'""", Long.class);
            long t0 = System.nanoTime();
            fill(jdbc, total);
            long inDistrict = jdbc.queryForObject("select count(*) from dispute where district_id = ?", Long.class,
                    district);
            System.out.printf(Locale.ROOT, "database: %s; %,d disputes in the district, filled in %.1f s%n",
                    db.description(), inDistrict, (System.nanoTime() - t0) / 1e9);

            var user = ctx.getBean(AccountService.class).loadUserByUsername("duban");
            Logins.as(user);
            StatisticsService statistics = ctx.getBean(StatisticsService.class);
            LocalDate today = LocalDate.now(CaseworkConfiguration.ZONE);
            for (int[] months : new int[][] {{12}, {3}}) {
                LocalDate from = today.minusMonths(months[0]).plusDays(1);
                Instant start = from.atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
                Instant end = today.plusDays(1).atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
                double[] base = times(() -> jdbc.queryForObject("""
                        select count(*) from dispute where district_id = ? and registered_at >= ? and registered_at < ?""",
                        Long.class, district, Timestamp.from(start), Timestamp.from(end)));
                Dashboard[] last = new Dashboard[1];
                double[] page = times(() -> last[0] = statistics.dashboard(from, today));
                double[] drill = times(() -> statistics.disputes(Figure.INTAKE, null, from, today, 0, 50));
                double[] drillClosed = times(() -> statistics.disputes(Figure.CLOSED, null, from, today, 0, 50));
                double[] drillOverdue = times(() -> statistics.disputes(Figure.OVERDUE, null, from, today, 0, 50));
                System.out.printf(Locale.ROOT, "last %d months: %,d registered, %,d closed in the period%n", months[0],
                        last[0].kpis().intake(), last[0].kpis().closed());
                System.out.printf(Locale.ROOT, "  dashboard (all figures): p50 %.0f ms, p95 %.0f ms; ratio to the baseline"
                        + " p50 %.1f%n", page[0], page[1], page[0] / base[0]);
                System.out.printf(Locale.ROOT, "  drill-down first page (registered / closed / overdue): p50 %.0f / %.0f /"
                        + " %.0f ms, p95 %.0f / %.0f / %.0f ms%n", drill[0], drillClosed[0], drillOverdue[0], drill[1],
                        drillClosed[1], drillOverdue[1]);
                System.out.printf(Locale.ROOT, "  baseline: count of the period's registrations: p50 %.0f ms, p95 %.0f ms%n",
                        base[0], base[1]);
            }
            jdbc.queryForList("explain select count(*) from dispute d where d.district_id = 1 and d.closed_at >= now()")
                    .forEach(row -> System.out.println("plan (closures): " + row));
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** p50 and p95 in ms of 15 timed runs after 3 warm-up runs. */
    private static double[] times(Work work) throws Exception {
        List<Double> t = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            long s = System.nanoTime();
            work.run();
            if (i >= 3) {
                t.add((System.nanoTime() - s) / 1e6);
            }
        }
        Collections.sort(t);
        return new double[] {t.get(t.size() / 2), t.get((int) Math.ceil(t.size() * 0.95) - 1)};
    }

    /**
     * Copies the demo's disputes until {@code total} are in the district: registered over the last
     * three years, and by a fixed pattern accepted, agreed, failed, rejected or still open; closed
     * ones with a closing time, closure type, timeliness and working days; some with repeat calls.
     */
    static void fill(JdbcTemplate jdbc, int total) {
        List<Long> template = jdbc.queryForList("select id from dispute order by id limit 100", Long.class);
        int perRound = template.size();
        int rounds = BenchmarkContext.copyTables(jdbc, template, total);
        Instant now = Instant.now();
        int step = Math.max(1, 100_000 / perRound);
        for (int from = 0; from < rounds; from += step) {
            // outcome by (n*7+k) mod 10: 0-4 closed by agreement, 5-6 failed and guided to court, 7 rejected,
            // 8 in mediation, 9 registered; one in six closed late; one in eight with a repeat call
            jdbc.update("""
                    insert into dispute (id, case_number, channel, external_ref, category_id, compound_id, community_id,
                        street_id, district_id, description, amount, party_count, caller_name, caller_phone, flag_group,
                        flag_leader, flag_opinion, flag_urgent, supervised, tier, organisation_id, court_id, state,
                        registered_at, due_date, closed_at, closure_type, closed_on_time, days_to_close, contact_count,
                        version, is_open, queue_due)
                    select ? + s.n * 1000 + t.k, concat('DASH-', s.n, '-', t.k), d.channel, null, d.category_id,
                        d.compound_id, d.community_id, d.street_id, d.district_id, d.description, d.amount, d.party_count,
                        d.caller_name, d.caller_phone, d.flag_group, d.flag_leader, d.flag_opinion, d.flag_urgent, false,
                        coalesce(d.tier, 'COMMUNITY'), d.organisation_id, null,
                        case when mod(s.n * 7 + t.k, 10) < 5 then 'CLOSED' when mod(s.n * 7 + t.k, 10) < 7 then 'CLOSED'
                             when mod(s.n * 7 + t.k, 10) = 7 then 'REJECTED' when mod(s.n * 7 + t.k, 10) = 8
                             then 'IN_MEDIATION' else 'REGISTERED' end,
                        timestampadd(MINUTE, -mod(s.n * 9973 + t.k * 7919, 1576800), ?),
                        d.due_date,
                        case when mod(s.n * 7 + t.k, 10) < 7 then timestampadd(DAY, 3 + mod(s.n + t.k, 25),
                             timestampadd(MINUTE, -mod(s.n * 9973 + t.k * 7919, 1576800), ?)) end,
                        case when mod(s.n * 7 + t.k, 10) < 5 then 'AGREEMENT' when mod(s.n * 7 + t.k, 10) < 7
                             then 'GUIDED_TO_LITIGATION' end,
                        case when mod(s.n * 7 + t.k, 10) < 7 then mod(s.n + t.k, 6) <> 0 end,
                        case when mod(s.n * 7 + t.k, 10) < 7 then 2 + mod(s.n + t.k, 18) end,
                        case when mod(s.n + t.k, 8) = 0 then 1 else 0 end,
                        0, mod(s.n * 7 + t.k, 10) >= 8, d.queue_due
                    from bench_template t join dispute d on d.id = t.dispute_id cross join bench_seq s
                    where s.n >= ? and s.n < ?""", ID_BASE, Timestamp.from(now), Timestamp.from(now), from,
                    Math.min(rounds, from + step));
        }
        jdbc.execute("drop table bench_seq");
        jdbc.execute("drop table bench_template");
        jdbc.execute("analyze table dispute");
    }
}
