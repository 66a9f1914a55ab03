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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.testing.TestDatabase;

/**
 * The mediator's queue over one organisation with 100,000 disputes (argument 1 changes the
 * number) on the MySQL-family server the integration tests use: p50 and p95 of the first
 * page, a filtered page, a deep page, the clock-state counters and a text search, each also as
 * a ratio to a primary-key read through the same service measured in the same run.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.QueueBenchmark}.
 */
public final class QueueBenchmark {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    private QueueBenchmark() {
    }

    public static void main(String[] args) {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TestDatabase.Target db = BenchmarkContext.database();
        try (ConfigurableApplicationContext ctx = BenchmarkContext.start(db)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            AuthenticatedUser mediator = ctx.getBean(AccountService.class).loadUserByUsername("shequ");
            long org = mediator.organisationId();
            long t0 = System.nanoTime();
            fill(jdbc, org, target);
            System.out.printf(Locale.ROOT, "database: %s; %,d disputes in the organisation, filled in %.1f s%n",
                    db.description(), jdbc.queryForObject("select count(*) from dispute where organisation_id = ?",
                            Long.class, org), (System.nanoTime() - t0) / 1e9);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(mediator, null, mediator.getAuthorities()));
            DisputeQueryService queries = ctx.getBean(DisputeQueryService.class);
            long someId = jdbc.queryForObject("select max(id) from dispute where organisation_id = ?", Long.class, org);
            long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            DisputeFilter own = DisputeFilter.open().ownOrganisation();

            double[] base = measure(() -> queries.find(someId));
            report("baseline: one dispute by id", base, base);
            report("queue, first page (50, nearest deadline first)", measure(
                    () -> queries.page(own, DisputeSort.DUE_DATE_ASC, 0, 50)), base);
            report("queue, filtered page (category, due within 3 days)", measure(() -> queries.page(
                    own.withCategory(category).withDueBetween(today, today.plusDays(3)), DisputeSort.DUE_DATE_ASC, 0,
                    50)), base);
            report("queue, page 1,000 (offset 49,950)", measure(
                    () -> queries.page(own, DisputeSort.DUE_DATE_ASC, 49_950, 50)), base);
            report("counters (normal / warning / overdue)", measure(() -> List.of(
                    queries.count(own.withDueBetween(today.plusDays(3), null)),
                    queries.count(own.withDueBetween(today, today.plusDays(3))),
                    queries.count(own.withDueBetween(null, today)))), base);
            report("state counts of the organisation", measure(() -> queries.countByState(own)), base);
            report("text search (case number or description contains)", measure(() -> queries.page(
                    own.withText("车位"), DisputeSort.DUE_DATE_ASC, 0, 50)), base);
            System.out.println("states: " + queries.countByState(DisputeFilter.all().ownOrganisation()).entrySet()
                    .stream().filter(e -> e.getKey() != DisputeState.ARCHIVED).toList());
        }
    }

    /** Copies the demo district's disputes into the mediator's organisation until it holds {@code target}. */
    private static void fill(JdbcTemplate jdbc, long org, int target) {
        var place = jdbc.queryForMap("select community_id, street_id, district_id from organisation where id = ?", org);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class,
                place.get("community_id"));
        int source = jdbc.queryForObject("select count(*) from dispute where id < 1000000", Integer.class);
        for (int k = 1; jdbc.queryForObject("select count(*) from dispute where organisation_id = ?", Long.class, org)
                < target; k++) {
            jdbc.update("""
                    insert into dispute (id, case_number, channel, external_ref, category_id, compound_id, community_id,
                        street_id, district_id, description, amount, party_count, caller_name, caller_phone, flag_group,
                        flag_leader, flag_opinion, flag_urgent, supervised, tier, organisation_id, court_id, state,
                        registered_at, due_date, closed_at, version, is_open, queue_due)
                    select id + ? * 1000000, concat('B', ?, case_number), channel, null, category_id, ?, ?, ?, ?,
                        description, amount, party_count, caller_name, caller_phone, flag_group, flag_leader,
                        flag_opinion, flag_urgent, supervised, tier, ?, court_id, state, registered_at,
                        date_add(due_date, interval mod(id + ?, 40) - 20 day), closed_at, version, is_open,
                        case when due_date is null then queue_due else date_add(due_date, interval mod(id + ?, 40) - 20 day) end
                    from dispute where id < 1000000""", k, k, compound, place.get("community_id"), place.get("street_id"),
                    place.get("district_id"), org, k, k);
            if (k * (long) source > 2L * target + 1000) {
                break;
            }
        }
        jdbc.execute("analyze table dispute");
    }

    private static double[] measure(Supplier<?> query) {
        for (int i = 0; i < WARMUP; i++) {
            query.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return new double[] {ms.get(RUNS / 2), ms.get((int) Math.ceil(RUNS * 0.95) - 1)};
    }

    private static void report(String what, double[] result, double[] base) {
        System.out.printf(Locale.ROOT, "%-55s p50 %7.2f ms  p95 %7.2f ms  (p95 = %5.1f x baseline p95)%n", what,
                result[0], result[1], result[1] / base[1]);
    }
}
