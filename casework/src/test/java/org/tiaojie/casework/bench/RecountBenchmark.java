package org.tiaojie.casework.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.dispute.ClockRecounts;
import org.tiaojie.testing.TestDatabase;

/**
 * A year's holiday notice on a district of {@code total} open disputes (argument 1, default
 * 1,000,000), each with a running 10-working-day mediation clock started in the last weeks of
 * 2026 and counted as if 2027 had no days off (the state before issue 23). Entering 2027's days off
 * moves most of them. Prints, in the same run on the same rows: the service's recount
 * ({@link ClockRecounts#recount}: ledger replay, clock and timeline lines, list columns, search index
 * documents, batches of 200 cases) against plain JDBC doing the same arithmetic and writes (the
 * clocks' new due and warning times, a ledger line and a timeline line per moved clock, the
 * disputes' list columns) in batches of 1,000, without a search index.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.RecountBenchmark}.
 */
public final class RecountBenchmark {

    private static final long ID_BASE = 5_000_000_000L;
    private static final long EVENT_BASE = 6_000_000_000L;
    private static final int BATCH = 1_000;
    /** Start times: 22 days (2026-12-10 to 12-31) at 8 hours of the day. */
    private static final int STARTS = 22 * 8;

    private RecountBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        TestDatabase.Target db = BenchmarkContext.database();
        try (ConfigurableApplicationContext ctx = BenchmarkContext.start(db)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            fill(jdbc, total);
            System.out.printf(Locale.ROOT, "database: %s; %,d open disputes with a running clock into 2027; filled in"
                    + " %.1f s%n", db.description(), total, (System.nanoTime() - t0) / 1e9);
            DeadlineCalculator calc = new DeadlineCalculator(ctx.getBean(CalendarService.class).calendar());
            LocalDate from = LocalDate.of(2027, 1, 1);
            Instant now = Instant.now();

            long b0 = System.nanoTime();
            int[] raw = plainJdbc(jdbc, calc, from, now);
            double rawSeconds = (System.nanoTime() - b0) / 1e9;
            System.out.printf(Locale.ROOT, "plain JDBC: %,d clocks read, %,d moved in %.1f s = %,.0f clocks/s%n", raw[0],
                    raw[1], rawSeconds, raw[0] / rawSeconds);

            reset(jdbc);
            long s0 = System.nanoTime();
            ClockRecounts.Result r = ctx.getBean(ClockRecounts.class).recount(from, "2027年节假日安排", now);
            double serviceSeconds = (System.nanoTime() - s0) / 1e9;
            System.out.printf(Locale.ROOT, "service: %,d clocks of %,d cases counted again, %,d moved in %.1f s ="
                    + " %,.0f clocks/s%n", r.checked(), r.disputes(), r.moved(), serviceSeconds, r.checked() / serviceSeconds);
            System.out.printf(Locale.ROOT, "service / plain JDBC throughput: %.2f%n", rawSeconds / serviceSeconds);
            if (r.moved() != raw[1]) {
                System.out.printf(Locale.ROOT, "MISMATCH: the service moved %,d clocks, plain JDBC %,d%n", r.moved(), raw[1]);
            }
            cleanup(jdbc);
        }
    }

    /**
     * {@code total} copies of the demo's open disputes, each with one running 10-working-day clock
     * started between 2026-12-10 and 2026-12-31 and due as if 2027 had no holidays.
     */
    private static void fill(JdbcTemplate jdbc, int total) {
        List<Long> template = jdbc.queryForList(
                "select id from dispute where is_open = true and organisation_id is not null order by id limit 100",
                Long.class);
        int perRound = template.size();
        int rounds = BenchmarkContext.copyTables(jdbc, template, total);
        // the naive due of a start day: 10 weekdays on, ignoring holidays; one start day per copy round
        jdbc.execute("create table bench_naive (k int not null primary key, started_at datetime(6) not null unique,"
                + " due_at datetime(6) not null, warn_at datetime(6) not null)");
        DeadlineCalculator naive = new DeadlineCalculator(new org.tiaojie.casework.calendar.WorkingCalendar(Map.of(),
                java.util.Set.of()));
        List<Object[]> starts = new ArrayList<>();
        for (int n = 0; n < STARTS; n++) {
            Instant start = LocalDate.of(2026, 12, 10).plusDays(n % 22).atTime(9 + n / 22, 0)
                    .atZone(DeadlineCalculator.ZONE).toInstant();
            Instant due = naive.due(start, 10, DurationUnit.WORKING_DAYS);
            starts.add(new Object[] {n, Timestamp.from(start), Timestamp.from(due),
                    Timestamp.from(naive.warnAt(start, due, 2, DurationUnit.WORKING_DAYS))});
        }
        jdbc.batchUpdate("insert into bench_naive values (?, ?, ?, ?)", starts);
        int step = Math.max(1, 100_000 / perRound);
        for (int from = 0; from < rounds; from += step) {
            int to = Math.min(rounds, from + step);
            jdbc.update("""
                    insert into dispute (id, case_number, channel, external_ref, category_id, compound_id, community_id,
                        street_id, district_id, description, amount, party_count, caller_name, caller_phone, flag_group,
                        flag_leader, flag_opinion, flag_urgent, supervised, tier, organisation_id, court_id, state,
                        registered_at, due_date, closed_at, version, is_open, queue_due, due_clock, due_at, due_warn_at)
                    select ? + s.n * 1000 + t.k, concat('RECOUNT-', s.n, '-', t.k), d.channel, null, d.category_id,
                        d.compound_id, d.community_id, d.street_id, d.district_id, d.description, d.amount, d.party_count,
                        d.caller_name, d.caller_phone, d.flag_group, d.flag_leader, d.flag_opinion, d.flag_urgent, false,
                        d.tier, d.organisation_id, d.court_id, 'ACCEPTED', b.started_at, cast(b.due_at as date), null, 0,
                        true, cast(b.due_at as date), 'MEDIATION', b.due_at, b.warn_at
                    from bench_template t join dispute d on d.id = t.dispute_id cross join bench_seq s
                    join bench_naive b on b.k = mod(s.n, ?)
                    where s.n >= ? and s.n < ?""", ID_BASE, STARTS, from, to);
            jdbc.update("""
                    insert into dispute_clock (id, dispute_id, kind, tier, policy_id, amount, unit, warn_before,
                        max_extension, max_extensions, started_at, due_at, warn_at, state, extensions_used, overdue_action)
                    select ? + s.n * 1000 + t.k, ? + s.n * 1000 + t.k, 'MEDIATION', 'COMMUNITY', 6, 10, 'WORKING_DAYS', 2,
                        10, 1, b.started_at, b.due_at, b.warn_at, 'RUNNING', 0, 'SUPERVISE'
                    from bench_template t cross join bench_seq s join bench_naive b on b.k = mod(s.n, ?)
                    where s.n >= ? and s.n < ?""", ID_BASE, ID_BASE, STARTS, from, to);
        }
        jdbc.execute("drop table bench_seq");
        jdbc.execute("drop table bench_template");
        jdbc.execute("analyze table dispute, dispute_clock");
    }

    /** The same recount by hand: read, compute, write in batches; returns {read, moved}. */
    private static int[] plainJdbc(JdbcTemplate jdbc, DeadlineCalculator calc, LocalDate from, Instant now) {
        Timestamp since = Timestamp.from(from.atStartOfDay(DeadlineCalculator.ZONE).toInstant());
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, dispute_id, started_at, amount, warn_before, due_at from dispute_clock
                where state = 'RUNNING' and due_at >= ? and unit <> 'HOURS'""", since);
        long event = EVENT_BASE;
        int moved = 0;
        List<Object[]> clocks = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> disputes = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        for (Map<String, Object> row : rows) {
            Instant start = ((Timestamp) row.get("started_at")).toInstant();
            Instant due = calc.due(start, ((Number) row.get("amount")).intValue(), DurationUnit.WORKING_DAYS);
            if (due.equals(((Timestamp) row.get("due_at")).toInstant())) {
                continue;
            }
            moved++;
            Instant warn = calc.warnAt(start, due, ((Number) row.get("warn_before")).intValue(), DurationUnit.WORKING_DAYS);
            long clock = ((Number) row.get("id")).longValue();
            long dispute = ((Number) row.get("dispute_id")).longValue();
            clocks.add(new Object[] {Timestamp.from(due), Timestamp.from(warn), clock});
            events.add(new Object[] {event++, clock, at, Timestamp.from(due)});
            history.add(new Object[] {event++, dispute, at, "调解期限：届满日调整为 " + DeadlineCalculator.lastDayOf(due)});
            LocalDate last = DeadlineCalculator.lastDayOf(due);
            disputes.add(new Object[] {java.sql.Date.valueOf(last), java.sql.Date.valueOf(last), Timestamp.from(due),
                    Timestamp.from(warn), dispute});
            if (clocks.size() == BATCH) {
                write(jdbc, clocks, events, history, disputes);
            }
        }
        write(jdbc, clocks, events, history, disputes);
        return new int[] {rows.size(), moved};
    }

    private static void write(JdbcTemplate jdbc, List<Object[]> clocks, List<Object[]> events, List<Object[]> history,
            List<Object[]> disputes) {
        if (clocks.isEmpty()) {
            return;
        }
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()))
                .executeWithoutResult(status -> {
                    jdbc.batchUpdate("update dispute_clock set due_at = ?, warn_at = ?, warned_at = null, overdue_at = null"
                            + " where id = ?", clocks);
                    jdbc.batchUpdate("insert into clock_event (id, clock_id, type, occurred_at, actor, due_after) values"
                            + " (?, ?, 'RECOUNT', ?, 'system', ?)", events);
                    jdbc.batchUpdate("insert into dispute_history (id, dispute_id, occurred_at, actor, to_state, reason,"
                            + " activity) values (?, ?, ?, 'system', 'ACCEPTED', ?, 'DEADLINE_RECOUNTED')", history);
                    jdbc.batchUpdate("update dispute set due_date = ?, queue_due = ?, due_at = ?, due_warn_at = ?,"
                            + " version = version + 1 where id = ?", disputes);
                });
        clocks.clear();
        events.clear();
        history.clear();
        disputes.clear();
    }

    /** Back to the naive due times, the plain run's lines removed. */
    private static void reset(JdbcTemplate jdbc) {
        jdbc.update("delete from clock_event where id >= ?", EVENT_BASE);
        jdbc.update("delete from dispute_history where id >= ?", EVENT_BASE);
        jdbc.update("""
                update dispute_clock c join bench_naive b on b.started_at = c.started_at
                set c.due_at = b.due_at, c.warn_at = b.warn_at where c.id >= ?""", ID_BASE);
        jdbc.update("""
                update dispute d join bench_naive b on b.started_at = d.registered_at
                set d.due_at = b.due_at, d.due_warn_at = b.warn_at, d.due_date = cast(b.due_at as date),
                    d.queue_due = cast(b.due_at as date) where d.id >= ?""", ID_BASE);
    }

    private static void cleanup(JdbcTemplate jdbc) {
        jdbc.update("delete from clock_event where clock_id >= ?", ID_BASE);
        jdbc.update("delete from dispute_history where dispute_id >= ?", ID_BASE);
        jdbc.update("delete from dispute_clock where id >= ?", ID_BASE);
        jdbc.update("delete from dispute where id >= ?", ID_BASE);
        jdbc.execute("drop table bench_naive");
    }
}
