package org.tiaojie.casework.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.dispute.DeadlineSweep;
import org.tiaojie.testing.TestDatabase;

/**
 * The deadline sweep over 1,000,000 open disputes (argument 1) of which 10,000 (argument 2)
 * have a clock that just ran out, on the MySQL-family server the integration tests use.
 * Prints: the time to select what is due (the sweep's first batch, and all of it) against a
 * count of the open disputes (what a sweep that scans would read) in the same run; and the
 * disputes the sweep acts on per second (claim, notices to each mediator, the 督办 with its step, timeline
 * entry and notice) against
 * raw JDBC doing the same writes in the same batches, also in the same run.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.SweepBenchmark}.
 */
public final class SweepBenchmark {

    private static final long ID_BASE = 4_000_000_000L;
    private static final int BATCH = 500;

    private SweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int due = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        TestDatabase.Target db = BenchmarkContext.database();
        try (ConfigurableApplicationContext ctx = BenchmarkContext.start(db)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            fill(jdbc, total, due, now);
            System.out.printf(Locale.ROOT, "database: %s; %,d open disputes with a running clock, %,d just due;"
                    + " filled in %.1f s%n", db.description(),
                    jdbc.queryForObject("select count(*) from dispute where is_open = true", Long.class), due,
                    (System.nanoTime() - t0) / 1e9);
            DataSource ds = ctx.getBean(DataSource.class);

            // --- select: the sweep's range query on (state, overdue_at, due_at) against a scan of the open disputes
            String range = "select id from dispute_clock where state = 'RUNNING' and overdue_at is null and due_at <= ?"
                    + " order by due_at, id limit ?";
            jdbc.queryForList("explain " + range, Timestamp.from(now), BATCH)
                    .forEach(row -> System.out.println("plan: " + row));
            double firstBatch = p50(() -> jdbc.queryForList(range, Long.class, Timestamp.from(now), BATCH).size());
            double all = p50(() -> jdbc.queryForList(range, Long.class, Timestamp.from(now), due).size());
            double scan = p50(() -> jdbc.queryForObject("select count(*) from dispute where is_open = true",
                    Long.class).intValue());
            System.out.printf(Locale.ROOT, "select, first batch of %d: p50 %.2f ms (ratio to the scan %.4f)%n", BATCH,
                    firstBatch, firstBatch / scan);
            System.out.printf(Locale.ROOT, "select, all %,d due: p50 %.2f ms (ratio to the scan %.3f)%n", due, all,
                    all / scan);
            System.out.printf(Locale.ROOT, "baseline: count of the open disputes (a scan): p50 %.2f ms%n", scan);

            // --- act: the sweep against raw JDBC doing the same writes; each run on the same clocks, reset between
            DeadlineSweep sweep = ctx.getBean(DeadlineSweep.class);
            List<Double> sweepRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                reset(jdbc);
                long s = System.nanoTime();
                DeadlineSweep.Result r = sweep.sweep(now, BATCH);
                double seconds = (System.nanoTime() - s) / 1e9;
                sweepRates.add(r.overdue() / seconds);
                System.out.printf(Locale.ROOT, "round %d sweep: %,d overdue, %,d supervised, %,d notices in %.2f s%n",
                        round + 1, r.overdue(), r.supervised(), r.notifications(), seconds);
                reset(jdbc);
                s = System.nanoTime();
                int acted = raw(ds, now);
                seconds = (System.nanoTime() - s) / 1e9;
                rawRates.add(acted / seconds);
                System.out.printf(Locale.ROOT, "round %d raw JDBC: %,d acted on in %.2f s%n", round + 1, acted, seconds);
            }
            double sweepRate = Collections.max(sweepRates);
            double rawRate = Collections.max(rawRates);
            System.out.printf(Locale.ROOT, "act: sweep %.0f disputes/s, raw JDBC %.0f disputes/s, ratio %.2f%n",
                    sweepRate, rawRate, sweepRate / rawRate);
        }
    }

    private interface Work {
        int run() throws Exception;
    }

    private static double p50(Work work) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long s = System.nanoTime();
            work.run();
            if (i >= 5) {
                times.add((System.nanoTime() - s) / 1e6);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    /**
     * Copies the demo's open disputes until {@code total} are open, each with one running
     * mediation clock: {@code due} of them ran out an hour ago, the rest fall due over the next
     * 60 days. The demo's own clocks are marked announced, so only the copies are swept.
     */
    private static void fill(JdbcTemplate jdbc, int total, int due, Instant now) {
        jdbc.update("update dispute_clock set warned_at = ?, overdue_at = ?", Timestamp.from(now), Timestamp.from(now));
        List<Long> template = jdbc.queryForList(
                "select id from dispute where is_open = true and organisation_id is not null order by id limit 100",
                Long.class);
        int perRound = template.size();
        int rounds = BenchmarkContext.copyTables(jdbc, template, total);
        int step = Math.max(1, 100_000 / perRound);
        for (int from = 0; from < rounds; from += step) {
            jdbc.update("""
                    insert into dispute (id, case_number, channel, external_ref, category_id, compound_id, community_id,
                        street_id, district_id, description, amount, party_count, caller_name, caller_phone, flag_group,
                        flag_leader, flag_opinion, flag_urgent, supervised, tier, organisation_id, court_id, state,
                        registered_at, due_date, closed_at, version, is_open, queue_due)
                    select ? + s.n * 1000 + t.k, concat('BENCH-', s.n, '-', t.k), d.channel, null, d.category_id,
                        d.compound_id, d.community_id, d.street_id, d.district_id, d.description, d.amount, d.party_count,
                        d.caller_name, d.caller_phone, d.flag_group, d.flag_leader, d.flag_opinion, d.flag_urgent, false,
                        d.tier, d.organisation_id, d.court_id, 'IN_MEDIATION', d.registered_at, d.due_date, null, 0, true,
                        d.queue_due
                    from bench_template t join dispute d on d.id = t.dispute_id cross join bench_seq s
                    where s.n >= ? and s.n < ?""", ID_BASE, from, Math.min(rounds, from + step));
            // one running mediation clock each; the first `due` copies ran out an hour ago
            jdbc.update("""
                    insert into dispute_clock (id, dispute_id, kind, tier, policy_id, amount, unit, warn_before,
                        max_extension, max_extensions, started_at, due_at, warn_at, state, extensions_used, warned_at,
                        overdue_at, overdue_action)
                    select ? + s.n * 1000 + t.k, ? + s.n * 1000 + t.k, 'MEDIATION', 'COMMUNITY', 6, 10, 'WORKING_DAYS', 2,
                        10, 1, ?, case when s.n * ? + t.k < ? then ? else
                            timestampadd(MINUTE, 60 + mod(s.n * 7 + t.k * 13, 86400), ?) end,
                        ?, 'RUNNING', 0, ?, null, 'SUPERVISE'
                    from bench_template t cross join bench_seq s where s.n >= ? and s.n < ?""",
                    ID_BASE, ID_BASE, Timestamp.from(now.minusSeconds(20L * 86400)), perRound, due,
                    Timestamp.from(now.minusSeconds(3600)), Timestamp.from(now), Timestamp.from(now.minusSeconds(86400)),
                    Timestamp.from(now.minusSeconds(86400)), from, Math.min(rounds, from + step));
        }
        jdbc.execute("drop table bench_seq");
        jdbc.execute("drop table bench_template");
        jdbc.execute("analyze table dispute, dispute_clock");
    }

    /** The due clocks as they were before any sweep: not announced, their disputes not supervised, no notices. */
    private static void reset(JdbcTemplate jdbc) {
        jdbc.update("delete from supervision_event where supervision_id in (select id from supervision where dispute_id >= ?)",
                ID_BASE);
        jdbc.update("delete from supervision where dispute_id >= ?", ID_BASE);
        jdbc.update("delete from dispute_history where dispute_id >= ?", ID_BASE);
        jdbc.update("delete from notification where dispute_id >= ?", ID_BASE);
        jdbc.update("update dispute_clock set overdue_at = null where id >= ? and overdue_at is not null", ID_BASE);
        jdbc.update("update dispute set supervised = false where id >= ? and supervised = true", ID_BASE);
    }

    /**
     * The same work in plain JDBC: per batch of 500, read the due clocks with their dispute, claim
     * each, insert one notice per mediator of the organisation, mark the dispute supervised; commit.
     */
    private static int raw(DataSource ds, Instant now) throws Exception {
        int acted = 0;
        long nextId = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        Timestamp at = Timestamp.from(now);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Map<Long, List<Long>> mediators = new java.util.HashMap<>();
            while (true) {
                List<long[]> batch = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("""
                        select c.id, c.dispute_id, d.organisation_id, d.compound_id, d.district_id, d.street_id,
                            d.community_id from dispute_clock c join dispute d on d.id = c.dispute_id
                        where c.state = 'RUNNING' and c.overdue_at is null and c.due_at <= ? order by c.due_at, c.id
                        limit ?""")) {
                    ps.setTimestamp(1, at);
                    ps.setInt(2, BATCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            batch.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6), rs.getLong(7)});
                        }
                    }
                }
                if (batch.isEmpty()) {
                    break;
                }
                try (PreparedStatement claim = c.prepareStatement(
                        "update dispute_clock set overdue_at = ? where id = ? and overdue_at is null");
                        PreparedStatement notice = c.prepareStatement("""
                                insert into notification (id, recipient_id, message_key, message_args, dispute_id, created_at)
                                values (?, ?, 'deadline.overdue', 'bench', ?, ?)""");
                        PreparedStatement supervise = c.prepareStatement(
                                "update dispute set supervised = true, version = version + 1 where id = ?");
                        PreparedStatement supervision = c.prepareStatement("""
                                insert into supervision (id, notice_number, subject, dispute_id, compound_id, district_id,
                                    street_id, community_id, level, trigger_kind, reason, instruction, due_date,
                                    responsible_id, issuer_name, state, relisted, issued_at, issued_by, open_key, version)
                                values (?, ?, 'DISPUTE', ?, ?, ?, ?, ?, 'STREET', 'OVERDUE', 'bench', 'bench', ?, ?,
                                    'bench', 'ISSUED', 0, ?, 'system', ?, 0)""");
                        PreparedStatement step = c.prepareStatement("""
                                insert into supervision_event (id, supervision_id, kind, note, due_date, occurred_at, actor)
                                values (?, ?, 'ISSUED', 'bench', ?, ?, 'system')""");
                        PreparedStatement history = c.prepareStatement("""
                                insert into dispute_history (id, dispute_id, occurred_at, actor, from_state, to_state,
                                    reason, activity) values (?, ?, ?, 'system', 'IN_MEDIATION', 'IN_MEDIATION', 'bench',
                                    'SUPERVISION_ISSUED')""")) {
                    java.sql.Date dueDay = java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(7));
                    for (long[] row : batch) {
                        claim.setTimestamp(1, at);
                        claim.setLong(2, row[0]);
                        if (claim.executeUpdate() != 1) {
                            continue;
                        }
                        for (long user : mediators.computeIfAbsent(row[2], org -> mediatorsOf(c, org))) {
                            notice.setLong(1, nextId++);
                            notice.setLong(2, user);
                            notice.setLong(3, row[1]);
                            notice.setTimestamp(4, at);
                            notice.addBatch();
                        }
                        supervise.setLong(1, row[1]);
                        supervise.addBatch();
                        // the 督办 itself, its first step, the case's timeline, and its notice to the same mediators
                        long sid = nextId++;
                        supervision.setLong(1, sid);
                        supervision.setString(2, "BENCH-" + sid);
                        supervision.setLong(3, row[1]);
                        supervision.setLong(4, row[3]);
                        supervision.setLong(5, row[4]);
                        supervision.setLong(6, row[5]);
                        supervision.setLong(7, row[6]);
                        supervision.setDate(8, dueDay);
                        supervision.setLong(9, row[2]);
                        supervision.setTimestamp(10, at);
                        supervision.setString(11, "D" + row[1]);
                        supervision.addBatch();
                        step.setLong(1, nextId++);
                        step.setLong(2, sid);
                        step.setDate(3, dueDay);
                        step.setTimestamp(4, at);
                        step.addBatch();
                        history.setLong(1, nextId++);
                        history.setLong(2, row[1]);
                        history.setTimestamp(3, at);
                        history.addBatch();
                        for (long user : mediators.get(row[2])) {
                            notice.setLong(1, nextId++);
                            notice.setLong(2, user);
                            notice.setLong(3, row[1]);
                            notice.setTimestamp(4, at);
                            notice.addBatch();
                        }
                        acted++;
                    }
                    notice.executeBatch();
                    supervise.executeBatch();
                    supervision.executeBatch();
                    step.executeBatch();
                    history.executeBatch();
                }
                c.commit();
            }
        }
        return acted;
    }

    private static List<Long> mediatorsOf(Connection c, long org) {
        List<Long> users = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select u.id from app_user u join app_user_role r on r.user_id = u.id
                where u.organisation_id = ? and u.enabled = true and r.role = 'MEDIATOR'""")) {
            ps.setLong(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return users;
    }
}
