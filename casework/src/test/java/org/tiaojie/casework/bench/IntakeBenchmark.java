package org.tiaojie.casework.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrder;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.casework.intake.WorkOrderService;
import org.tiaojie.casework.shared.EventPublications;

/**
 * Intake on a generated district ({@code tj_city_1m}, argument 1), in two comparisons made in the
 * same run:
 * <ol>
 * <li>registration through {@link DisputeRegistration} (routing, case number, clocks, history, audit,
 * outbox, repeat-complaint supervision; one transaction per dispute) by 8 concurrent clients,
 * against plain JDBC writing the same rows — for each table as many rows per dispute as the
 * service wrote, copied from the service's own rows, plus the case-number counter's update — one
 * commit per dispute, by 8 clients (goal: the service at ≥ 40 % of plain JDBC);</li>
 * <li>importing a file of 12345 work orders ({@link WorkOrderImportService}, batches of 100)
 * against submitting the same kind of orders one at a time ({@link WorkOrderService#submit},
 * the API's path), one client each (goal: import ≥ 5× the per-order path).</li>
 * </ol>
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.IntakeBenchmark -Dexec.args="tj_city_1m 2000 1000"}
 * (database, registrations, import rows; 0 registrations or 0 rows leaves that comparison out).
 */
public final class IntakeBenchmark {

    private static final int CLIENTS = 8;

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "tj_city_1m";
        int registrations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int importRows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        try (ConfigurableApplicationContext ctx = BenchmarkContext.city(database)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            AuthenticatedUser operator = ctx.getBean(AccountService.class).loadUserByUsername("huawu");
            String run = Long.toString(System.currentTimeMillis(), 36);
            System.out.printf(Locale.ROOT, "database %s: %,d disputes; %d clients%n", database,
                    jdbc.queryForObject("select count(*) from dispute", Long.class), CLIENTS);
            List<Long> compounds = jdbc.queryForList("select p.id from compound p join community m on m.id = "
                    + "p.community_id join street s on s.id = m.street_id where s.district_id = (select min(id) from "
                    + "district) order by p.id", Long.class);
            List<Long> categories = jdbc.queryForList("""
                    select c.id from dispute_category c where c.functional_department is null and c.active = true
                    and c.parent_id is not null order by c.id""", Long.class);
            // what this run writes is deleted again at its end: every run starts from the same data
            // (ids come in blocks of 1,000 from one sequence: a block this program took before reading it is included)
            long watermark = jdbc.queryForObject("select next_val from id_sequences where seq_name = 'default'",
                    Long.class) - 1_000;
            java.sql.Timestamp started = new java.sql.Timestamp(System.currentTimeMillis() - 1_000);
            try {
                run(ctx, jdbc, operator, run, registrations, importRows, compounds, categories);
            } finally {
                forget(ctx.getBean(DataSource.class), watermark, started);
            }
        }
    }

    private static void run(ConfigurableApplicationContext ctx, JdbcTemplate jdbc, AuthenticatedUser operator,
            String run, int registrations, int importRows, List<Long> compounds, List<Long> categories) throws Exception {
        {
            // intake supervision runs after each registration's commit: a run ends when it is done too
            EventPublications publications = ctx.getBean(EventPublications.class);
            Random random = new Random(System.nanoTime()); // new callers each run: a caller seen 3 times is supervised
            if (registrations > 0) {
                compareRegistration(ctx, operator, registrations, run, random, compounds, categories);
            }
            if (importRows == 0) {
                return;
            }

            // import against the one-order-at-a-time path
            Logins.as(operator);
            List<String> names = jdbc.queryForList("select p.name from compound p join community m on m.id = "
                    + "p.community_id join street s on s.id = m.street_id where s.district_id = (select min(id) from "
                    + "district) and p.pinyin_initials is not null order by p.id", String.class);
            List<String> categoryNames = jdbc.queryForList("""
                    select concat(p.name, '/', c.name) from dispute_category c join dispute_category p on p.id = c.parent_id
                    where c.functional_department is null and p.functional_department is null and c.active = true
                    order by c.id""", String.class);
            WorkOrderService orders = ctx.getBean(WorkOrderService.class);
            WorkOrderImportService imports = ctx.getBean(WorkOrderImportService.class);
            List<WorkOrder> one = orders(random, 100, "WO" + run, names, categoryNames);
            one.forEach(orders::submit);
            imports.importAll(lines(orders(random, 200, "WI" + run, names, categoryNames)), n -> { });
            settle(publications);
            List<WorkOrder> single = orders(random, importRows, "O" + run, names, categoryNames);
            long t2 = System.nanoTime();
            single.forEach(orders::submit);
            settle(publications);
            double singleSeconds = (System.nanoTime() - t2) / 1e9;
            List<ImportLine> file = lines(orders(random, importRows, "I" + run, names, categoryNames));
            long t3 = System.nanoTime();
            List<ImportOutcome> outcomes = imports.importAll(file, n -> { });
            settle(publications);
            double importSeconds = (System.nanoTime() - t3) / 1e9;
            long created = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.CREATED).count();
            System.out.printf(Locale.ROOT, "work orders one at a time (API path): %,d in %.1f s = %,.0f orders/s%n",
                    importRows, singleSeconds, importRows / singleSeconds);
            System.out.printf(Locale.ROOT, "import file (batches of 100): %,d rows (%,d created) in %.1f s = %,.0f "
                    + "rows/s%n", importRows, created, importSeconds, importRows / importSeconds);
            System.out.printf(Locale.ROOT, "import / one at a time = %.1f x (goal >= 5 x)%n",
                    singleSeconds / importSeconds);
        }
    }

    /**
     * Deletes what a run wrote — the disputes it registered or imported, plain JDBC's copies, and
     * everything of theirs (rows with ids from the run's blocks, publications since it started) — so
     * that the next run finds the same repeat complaints, and compares with this one.
     */
    static void forget(DataSource dataSource, long watermark, java.sql.Timestamp started) throws SQLException {
        long t = System.nanoTime();
        int rows = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set foreign_key_checks = 0");
            for (String table : List.of("supervision_event", "supervision", "notification", "clock_event",
                    "dispute_clock", "dispute_history", "dispute_party", "dispute_contact", "audit_entry", "dispute")) {
                rows += s.executeUpdate("delete from " + table + " where id >= " + watermark);
            }
            for (String table : List.of("work_order_receipt", "dispute_handler")) {
                rows += s.executeUpdate("delete from " + table + " where dispute_id >= " + watermark);
            }
            rows += s.executeUpdate("delete from platform_reply_push where reply_id >= " + watermark);
            rows += s.executeUpdate("delete from platform_reply where id >= " + watermark);
            rows += s.executeUpdate("delete from dispute_link where id >= " + watermark);
            rows += s.executeUpdate("delete from audit_pending where entry_id >= " + watermark);
            rows += s.executeUpdate("delete from audit_seal where entry_id >= " + watermark + " or seq >= " + watermark);
            try (PreparedStatement p = c.prepareStatement("delete from EVENT_PUBLICATION where publication_date >= ?")) {
                p.setTimestamp(1, started);
                rows += p.executeUpdate();
            }
            s.execute("set foreign_key_checks = 1");
        }
        System.out.printf(Locale.ROOT, "this run's %,d rows deleted again in %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
    }

    /** The service's registration against plain JDBC writing the same rows, 8 clients each. */
    private static void compareRegistration(ConfigurableApplicationContext ctx, AuthenticatedUser operator,
            int registrations, String run, Random random, List<Long> compounds, List<Long> categories)
            throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        DataSource dataSource = ctx.getBean(DataSource.class);
        DisputeRegistration disputes = ctx.getBean(DisputeRegistration.class);
        EventPublications publications = ctx.getBean(EventPublications.class);
        // warm-up: the JIT and the pools, then the measured service run
        registerConcurrently(disputes, operator, inputs(random, 200, "W" + run, compounds, categories));
        settle(publications);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
                + "table_schema = database() and table_type = 'BASE TABLE' order by table_name", String.class);
        Map<String, Long> before = counts(jdbc, tables);
        List<NewDispute> measured = inputs(random, registrations, "S" + run, compounds, categories);
        Map<String, Long> statementsBefore = statements(jdbc);
        long t0 = System.nanoTime();
        registerConcurrently(disputes, operator, measured);
        double returnedSeconds = (System.nanoTime() - t0) / 1e9;
        settle(publications);
        double serviceSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> serviceStatements = since(statementsBefore, statements(jdbc), registrations);
        Map<String, Long> written = new LinkedHashMap<>();
        counts(jdbc, tables).forEach((t, n) -> {
            if (n - before.get(t) > 0) {
                written.put(t, n - before.get(t));
            }
        });
        System.out.println("rows the service wrote: " + written);

        RawWriter raw = new RawWriter(dataSource, jdbc, written, registrations);
        raw.write(CLIENTS, 200); // warm-up
        statementsBefore = statements(jdbc);
        long t1 = System.nanoTime();
        raw.write(CLIENTS, registrations);
        double rawSeconds = (System.nanoTime() - t1) / 1e9;
        Map<String, Long> rawStatements = since(statementsBefore, statements(jdbc), registrations);
        double serviceRate = registrations / serviceSeconds;
        double rawRate = registrations / rawSeconds;
        System.out.printf(Locale.ROOT, "registration, service: %,d in %.1f s = %,.0f disputes/s (the calls "
                + "returned after %.1f s; the rest is intake supervision after commit)%n", registrations,
                serviceSeconds, serviceRate, returnedSeconds);
        System.out.printf(Locale.ROOT, "  supervised at intake: %,d of %,d%n", jdbc.queryForObject(
                "select count(*) from supervision s join dispute d on d.id = s.dispute_id where d.external_ref like ?",
                Long.class, "BENCH-S" + run + "-%"), registrations);
        System.out.printf(Locale.ROOT, "registration, plain JDBC, same rows: %,d in %.1f s = %,.0f disputes/s%n",
                registrations, rawSeconds, rawRate);
        System.out.printf(Locale.ROOT, "service / plain JDBC = %.0f %% (goal >= 40 %%)%n", 100 * serviceRate / rawRate);
        System.out.println("statements per registration (server counters, the sealer's and other work included), "
                + "service: " + serviceStatements + "; plain JDBC: " + rawStatements);
    }

    static void settle(EventPublications publications) {
        if (!publications.awaitSettled(java.time.Duration.ofMinutes(10))) {
            throw new IllegalStateException(publications.outstanding() + " event publications still outstanding");
        }
    }

    private static List<NewDispute> inputs(Random random, int n, String prefix, List<Long> compounds,
            List<Long> categories) {
        List<NewDispute> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String caller = "钱" + (char) ('甲' + random.nextInt(10)) + "测";
            String phone = "1990" + String.format("%07d", random.nextInt(10_000_000));
            List<PartyDetails> parties = List.of(
                    PartyDetails.person(PartyRole.APPLICANT, caller, null, phone, "测算路" + i + "号"),
                    PartyDetails.person(PartyRole.RESPONDENT, "孙物业", null, null, null));
            result.add(NewCase.of(Channel.HOTLINE_12345).ref("BENCH-" + prefix + "-" + i)
                    .category(categories.get(random.nextInt(categories.size())))
                    .in(compounds.get(random.nextInt(compounds.size())))
                    .description("性能测算：楼道照明损坏，物业迟迟未修（第" + i + "件）")
                    .amount(random.nextInt(4) == 0 ? BigDecimal.valueOf(1000 + random.nextInt(9000)) : null)
                    .partyCount(1 + random.nextInt(3)).caller(caller, phone)
                    .urgent(random.nextInt(20) == 0).parties(parties).build());
        }
        return result;
    }

    private static List<WorkOrder> orders(Random random, int n, String prefix, List<String> compounds,
            List<String> categories) {
        List<WorkOrder> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(new WorkOrder("BENCH-" + prefix + "-" + i, "冯测算",
                    "1990" + String.format("%07d", random.nextInt(10_000_000)),
                    compounds.get(random.nextInt(compounds.size())), null,
                    categories.get(random.nextInt(categories.size())), DayBenchmark.singleMatter(random), 1, null,
                    false, false, false));
        }
        return result;
    }

    private static List<ImportLine> lines(List<WorkOrder> orders) {
        List<ImportLine> lines = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            lines.add(new ImportLine(i + 2, orders.get(i), List.of()));
        }
        return lines;
    }

    private static void registerConcurrently(DisputeRegistration disputes, AuthenticatedUser user, List<NewDispute> inputs)
            throws Exception {
        clients(CLIENTS, client -> {
            Logins.as(user);
            for (int i = client; i < inputs.size(); i += CLIENTS) {
                disputes.register(inputs.get(i));
            }
            SecurityContextHolder.clearContext();
        });
    }

    /** What one client of several does; it is told which it is. */
    private interface Client {
        void run(int client) throws Exception;
    }

    /** Runs {@code count} clients at once and waits for all; the first failure is thrown. */
    private static void clients(int count, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                int which = k;
                futures.add(pool.submit(() -> {
                    client.run(which);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static final List<String> STATEMENTS = List.of("Questions", "Com_select", "Com_insert", "Com_update",
            "Com_delete", "Com_commit", "Com_set_option");

    /** The server's statement counters (all sessions). */
    private static Map<String, Long> statements(JdbcTemplate jdbc) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.query("show global status where variable_name in ('" + String.join("','", STATEMENTS) + "')",
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** Counter increases per registration, rounded. */
    private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after, int registrations) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String name : STATEMENTS) {
            if (after.containsKey(name)) {
                result.put(name.replace("Com_", ""), Math.round((after.get(name) - before.getOrDefault(name, 0L))
                        / (double) registrations));
            }
        }
        return result;
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc, List<String> tables) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String t : tables) {
            result.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class));
        }
        return result;
    }

    /**
     * Plain JDBC writing, per dispute and in one transaction, the rows the service wrote: for each
     * table its share of the rows (the service's count spread evenly over the disputes), each a
     * copy of one of the service's rows with fresh keys and the new dispute's id, and the
     * case-number counter's update. Foreign keys are not checked (its rows point at copies).
     */
    private static final class RawWriter {
        private final DataSource dataSource;
        private final Map<String, Long> written;
        private final int disputes;
        private final Map<String, Template> templates = new LinkedHashMap<>();
        private final AtomicLong ids;
        private final long counterOrg;
        private final int counterYear;

        RawWriter(DataSource dataSource, JdbcTemplate jdbc, Map<String, Long> written, int disputes)
                throws SQLException {
            this.dataSource = dataSource;
            this.written = written;
            this.disputes = disputes;
            this.ids = new AtomicLong(jdbc.queryForObject("select max(id) from dispute", Long.class) + 5_000_000_000L);
            Map<String, Object> counter = jdbc.queryForMap(
                    "select organisation_id, case_year from case_number_counter order by last_number desc limit 1");
            this.counterOrg = ((Number) counter.get("organisation_id")).longValue();
            this.counterYear = ((Number) counter.get("case_year")).intValue();
            try (Connection c = dataSource.getConnection()) {
                for (String table : written.keySet()) {
                    Template template = Template.of(c, table);
                    if (template != null) {
                        templates.put(table, template);
                    }
                }
            }
        }

        void write(int clients, int count) throws Exception {
            clients(clients, client -> {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    try (Statement s = c.createStatement()) {
                        s.execute("set foreign_key_checks = 0");
                    }
                    for (int i = client; i < count; i += clients) {
                        one(c, i);
                        c.commit();
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute("set foreign_key_checks = 1");
                    }
                    c.setAutoCommit(true);
                }
            });
        }

        private void one(Connection c, int i) throws SQLException {
            long disputeId = ids.incrementAndGet();
            try (PreparedStatement ps = c.prepareStatement("update case_number_counter set last_number = last_number "
                    + "+ 1 where organisation_id = ? and case_year = ?")) {
                ps.setLong(1, counterOrg);
                ps.setInt(2, counterYear);
                ps.executeUpdate();
            }
            for (var e : templates.entrySet()) {
                long total = written.get(e.getKey());
                long rows = (i + 1) * total / disputes - i * total / disputes;
                for (long r = 0; r < rows; r++) {
                    e.getValue().insert(c, e.getKey().equalsIgnoreCase("dispute") ? disputeId : ids.incrementAndGet(),
                            disputeId);
                }
            }
        }
    }

    /** One row of a table to copy: its values, which columns take fresh unique values, the INSERT. */
    private record Template(List<String> columns, List<Integer> types, List<Object> values, Set<String> unique,
            String sql) {

        static Template of(Connection c, String table) throws SQLException {
            DatabaseMetaData meta = c.getMetaData();
            Set<String> unique = new HashSet<>();
            try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), null, table, true, false)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null) {
                        unique.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + table
                    + (hasId(c, table) ? " order by id desc" : "") + " limit 1")) {
                ResultSetMetaData md = rs.getMetaData();
                if (!rs.next()) {
                    return null; // emptied meanwhile (the audit sealer's queue): nothing to copy
                }
                for (int k = 1; k <= md.getColumnCount(); k++) {
                    columns.add(md.getColumnName(k).toLowerCase(Locale.ROOT));
                    types.add(md.getColumnType(k));
                    values.add(rs.getObject(k));
                }
            }
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            return new Template(columns, types, values, unique, sql);
        }

        private static boolean hasId(Connection c, String table) throws SQLException {
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, table, "id")) {
                return rs.next() && rs.getInt("DATA_TYPE") == Types.BIGINT;
            }
        }

        void insert(Connection c, long id, long disputeId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int k = 0; k < columns.size(); k++) {
                    String column = columns.get(k);
                    Object value = values.get(k);
                    int type = types.get(k);
                    boolean numeric = type == Types.BIGINT || type == Types.INTEGER;
                    if (column.equals("dispute_id")) {
                        value = disputeId;
                    } else if (column.equals("id") || unique.contains(column)) {
                        value = numeric ? (Object) id : uniqueText(value, id);
                    }
                    ps.setObject(k + 1, value);
                }
                ps.executeUpdate();
            }
        }

        private static Object uniqueText(Object template, long id) {
            if (template == null) {
                return null;
            }
            String s = template.toString();
            return s.length() == 36 && s.charAt(8) == '-' ? UUID.randomUUID().toString() : "R" + id;
        }
    }
}
