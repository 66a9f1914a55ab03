package org.tiaojie.casework.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.party.IdCardNumber;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * Synthetic district or city data for measurements: places and mediation organisations, then
 * disputes with their parties, histories, clocks and merged calls, written in multi-row batches
 * by several connections at once. The same seed and size give the same rows whatever the number
 * of threads: each chunk of {@value #CHUNK} disputes draws from a random generator of its own.
 *
 * <p>Each dispute follows one of six paths (agreement, agreement after escalation, failure guided
 * to litigation, referral to court, withdrawal, rejection), one step every few working days; the
 * path is cut off at {@code now}, so recent disputes are open and most old ones archived, and a
 * few old ones are still open (slow cases). Clocks are the real policies' (mediation per tier,
 * return visit) on the real working-day calendar; the deadlines already passed are marked as
 * announced, as the sweep would have done.
 *
 * <p>The first district is the demo district (its users and organisations are used); more
 * districts are added for a city. Written ids come from a range reserved in {@code id_sequences}.
 */
final class CityData {

    static final int CHUNK = 2_000;
    private static final int ROWS_PER_STATEMENT = 250;
    /** At most 1 dispute, 2 parties, 11 history entries, 3 clocks and 3 calls; ids are not scarce. */
    private static final int IDS_PER_DISPUTE = 24;
    /** From this many disputes on, the dispute table's indexes are built after the load (MySQL family). */
    private static final long BULK_LOAD = 40_000;
    private static final int STREETS = 12;
    private static final int COMMUNITIES = 8;
    private static final int COMPOUNDS = 10;
    private static final String[] DISTRICT_WORDS = {"临川", "东湖", "西岭", "南浦", "北塘", "云溪", "白沙", "金川", "丰泽",
        "长宁", "清源", "安平", "海晏", "凤鸣", "栖霞", "望京", "仁和", "永安", "龙泉", "桃源"};
    private static final String[] PLACE_WORDS = {"和平", "光明", "幸福", "新华", "建设", "红旗", "团结", "胜利", "育才",
        "文化", "春风", "朝阳", "兴隆", "振兴", "前进", "友谊", "安康", "锦绣", "鸿运", "长乐", "富民", "杏林", "梧桐",
        "枫桥", "柳湾", "荷花", "桂香", "松涛", "竹溪", "梅园", "兰亭", "菊坊"};
    private static final String[] ESTATE_WORDS = {"花园", "家园", "名苑", "雅居", "新村", "公寓", "华庭", "佳苑", "嘉园",
        "小区"};
    private static final String[] SURNAMES = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋",
        "沈", "韩", "杨", "朱", "秦", "许", "何", "吕", "施", "张", "孔", "曹"};
    private static final String[] GIVEN = {"建国", "淑珍", "国强", "丽华", "志明", "秀兰", "海涛", "红梅", "文杰", "雪梅",
        "晓峰", "春燕", "立新", "玉兰", "德胜", "桂芳", "子涵", "欣怡", "浩然", "雨桐"};
    private static final String[] TEMPLATES = {"%s，业主多次向物业反映均未解决，请求调解。",
        "业主反映%s，与物业公司协商不成。", "%s，涉及多户业主，要求物业限期整改。", "来电人称%s，物业推诿，希望尽快处理。"};
    private static final String[] TOPICS = {"单元门禁长期损坏", "地库顶板渗水淹车", "电梯困人后未检修", "物业费调价未经业主大会",
        "公共区域广告收益未公示", "专项维修资金申请被拖延", "车位只售不租", "消防通道被占用", "夜间施工噪音", "楼顶违建",
        "二次供水水质浑浊", "垃圾分类站设在楼下", "前期物业拒绝退出", "外墙瓷砖脱落", "小区监控失灵", "装修押金不退"};
    private static final String[] CHANNELS = {"HOTLINE_12345", "HOTLINE_12345", "HOTLINE_12345", "HOTLINE_12345",
        "HOTLINE_12345", "WALK_IN", "PETITION_LETTER", "PETITION_VISIT", "PETITION_ONLINE", "GRID_REPORT", "COURT_ENTRUSTED",
        "GOVERNMENT_ASSIGNED"};

    /** Counts of what was written, and how long it took. */
    record Report(long disputes, Map<String, Long> rows, double seconds) {
        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        String describe() {
            return String.format(Locale.ROOT, "%,d disputes, %,d rows %s in %.1f s = %,.0f rows/s (%,.0f disputes/s)",
                    disputes, totalRows(), rows, seconds, totalRows() / seconds, disputes / seconds);
        }
    }

    /** A compound with the organisations that serve it. */
    record Place(long compound, long community, long street, long district, long room, long centre, long court,
            String roomPrefix, String address, String company) {
    }

    private final DataSource dataSource;
    private final DeadlineCalculator calculator;
    private final Instant now;
    private final long seed;
    private final JdbcTemplate jdbc;
    private final boolean mysqlFamily;
    private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
    private final Map<String, Long> caseNumbers = new ConcurrentHashMap<>();
    private long nextId;
    private long lastId;
    private List<Place> places;
    private long[] categories;

    CityData(DataSource dataSource, DeadlineCalculator calculator, Instant now, long seed) {
        this.dataSource = dataSource;
        this.calculator = calculator;
        this.now = now;
        this.seed = seed;
        this.jdbc = new JdbcTemplate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            this.mysqlFamily = product.contains("mysql") || product.contains("mariadb");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds {@code disputes} disputes over the last {@code years} years to the demo district and, for
     * more than 1,500,000, to further districts of about a million each. {@code progress} hears
     * a line at every tenth of the way.
     */
    Report generate(long disputes, int years, int threads, Consumer<String> progress) {
        long started = System.nanoTime();
        int districts = (int) Math.max(1, Math.min(DISTRICT_WORDS.length + 1, Math.round(disputes / 1_000_000.0)));
        reserveIds(districts * (long) (1 + STREETS * (2 + COMMUNITIES * (2 + COMPOUNDS))) + disputes * IDS_PER_DISPUTE + 10_000);
        places = buildPlaces(districts);
        categories = jdbc.queryForList("""
                select c.id from dispute_category c where c.functional_department is null and c.active = true
                and not exists (select 1 from dispute_category k where k.parent_id = c.id)
                and (c.parent_id is null or exists (select 1 from dispute_category p where p.id = c.parent_id
                    and p.functional_department is null)) order by c.id""", Long.class).stream()
                .mapToLong(Long::longValue).toArray();
        long firstDisputeId = nextId;
        nextId += disputes * IDS_PER_DISPUTE;
        long chunks = (disputes + CHUNK - 1) / CHUNK;
        // a bulk load: the dispute table's secondary indexes (other than those its foreign keys need)
        // are dropped and built again afterwards in one statement, sorted, instead of being kept up
        // at random places for every row (which slowed a city's load to a crawl past two million)
        List<String> deferred = mysqlFamily && disputes >= BULK_LOAD ? dropIndexes("dispute") : List.of();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (long k = 0; k < chunks; k++) {
                long chunk = k;
                futures.add(pool.submit(() -> {
                    int size = (int) Math.min(CHUNK, disputes - chunk * CHUNK);
                    write(chunk, size, firstDisputeId + chunk * CHUNK * IDS_PER_DISPUTE, disputes, years);
                    long d = done.addAndGet(size);
                    if (chunks >= 10 && (d / CHUNK) % (chunks / 10) == 0) {
                        double s = (System.nanoTime() - started) / 1e9;
                        progress.accept(String.format(Locale.ROOT, "%,d of %,d disputes, %,.0f rows/s", d, disputes,
                                total() / s));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("generation failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        if (!deferred.isEmpty()) {
            long t = System.nanoTime();
            jdbc.execute("alter table dispute " + String.join(", ", deferred));
            progress.accept(String.format(Locale.ROOT, "%d indexes of dispute built again in %.0f s", deferred.size(),
                    (System.nanoTime() - t) / 1e9));
        }
        caseNumbers.forEach((key, last) -> {
            String[] parts = key.split("/");
            jdbc.update("delete from case_number_counter where organisation_id = ? and case_year = ?",
                    Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            jdbc.update("insert into case_number_counter (organisation_id, case_year, last_number) values (?, ?, ?)",
                    Long.parseLong(parts[0]), Integer.parseInt(parts[1]), last);
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        if (mysqlFamily) {
            for (String table : List.of("dispute", "dispute_history", "dispute_clock", "dispute_party",
                    "dispute_contact")) {
                jdbc.execute("analyze table " + table);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : List.of("dispute", "dispute_party", "dispute_history", "dispute_clock", "dispute_contact")) {
            counts.put(t, rows.getOrDefault(t, new AtomicLong()).get());
        }
        return new Report(disputes, counts, seconds);
    }

    /** Drops the table's secondary indexes that no foreign key needs; returns the clauses that add them back. */
    private List<String> dropIndexes(String table) {
        Set<String> foreignKeyColumns = new HashSet<>(jdbc.queryForList("""
                select column_name from information_schema.key_column_usage where table_schema = database()
                and table_name = ? and referenced_table_name is not null""", String.class, table));
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        jdbc.query("""
                select index_name, non_unique, column_name, sub_part from information_schema.statistics
                where table_schema = database() and table_name = ? and index_name <> 'PRIMARY'
                order by index_name, seq_in_index""", rs -> {
            columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(rs.getString(3) + (rs.getObject(4) == null ? "" : "(" + rs.getInt(4) + ")"));
            unique.put(rs.getString(1), rs.getInt(2) == 0);
        }, table);
        List<String> addBack = new ArrayList<>();
        columns.forEach((index, cols) -> {
            if (foreignKeyColumns.contains(cols.getFirst().replaceAll("\\(.*", ""))) {
                return;
            }
            jdbc.execute("alter table " + table + " drop index " + index);
            addBack.add("add " + (unique.get(index) ? "unique " : "") + "index " + index + " (" + String.join(", ", cols)
                    + ")");
        });
        return addBack;
    }

    private long total() {
        return rows.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Takes a block of ids above everything the application has handed out or will hand out next. */
    private void reserveIds(long count) {
        long current = jdbc.queryForObject("select next_val from id_sequences where seq_name = 'default'", Long.class);
        nextId = current + 100_000;
        lastId = nextId + count;
        jdbc.update("update id_sequences set next_val = ? where seq_name = 'default'", lastId + 100_000);
    }

    private long id() {
        if (nextId >= lastId) {
            throw new IllegalStateException("reserved ids used up");
        }
        return nextId++;
    }

    // ---------------------------------------------------------------- places

    private List<Place> buildPlaces(int districts) {
        List<Place> result = new ArrayList<>();
        Random random = new Random(seed);
        Map<String, Object> demo = jdbc.queryForMap("select id, name from district order by id limit 1");
        long demoDistrict = ((Number) demo.get("id")).longValue();
        long demoCourt = jdbc.queryForObject("select min(id) from organisation where district_id = ? and kind = 'COURT'",
                Long.class, demoDistrict);
        List<String> companies = jdbc.queryForList("select name from property_company order by id", String.class);
        List<Long> companyIds = jdbc.queryForList("select id from property_company order by id", Long.class);
        // the demo district's own compounds, with their organisations, take part
        for (Map<String, Object> c : jdbc.queryForList("""
                select p.id compound, p.community_id community, s.id street, p.address, p.property_company_id company,
                    r.id room, r.case_prefix room_prefix, o.id centre
                from compound p join community m on m.id = p.community_id join street s on s.id = m.street_id
                join organisation r on r.community_id = m.id and r.kind = 'COMMUNITY_MEDIATION_ROOM'
                join organisation o on o.street_id = s.id and o.community_id is null and o.kind = 'STREET_MEDIATION_CENTRE'
                where s.district_id = ? order by p.id""", demoDistrict)) {
            Number company = (Number) c.get("company");
            result.add(new Place(num(c, "compound"), num(c, "community"), num(c, "street"), demoDistrict,
                    num(c, "room"), num(c, "centre"), demoCourt, (String) c.get("room_prefix"), (String) c.get("address"),
                    company == null ? null : companies.get(companyIds.indexOf(company.longValue()))));
        }
        String demoName = ((String) demo.get("name")).replace("区", "");
        for (int d = 0; d < districts; d++) {
            long district;
            String name;
            long court;
            if (d == 0) {
                district = demoDistrict;
                name = demoName;
                court = demoCourt;
            } else {
                name = DISTRICT_WORDS[d - 1];
                district = id();
                jdbc.update("insert into district (id, code, name) values (?, ?, ?)", district, "GEN" + d, name + "区");
                organisation(name + "区物业纠纷人民调解委员会", "DISTRICT_COMMITTEE", district, null, null,
                        name + "区人调字");
                court = organisation(name + "区人民法院", "COURT", district, null, null, null);
                organisation(name + "区12345热线中心", "HOTLINE_CENTRE", district, null, null, null);
                organisation(name + "区物业矛盾纠纷联席办", "SUPERVISION_OFFICE", district, null, null, null);
            }
            for (int s = 0; s < STREETS; s++) {
                String streetWord = PLACE_WORDS[(s * 7 + d) % PLACE_WORDS.length];
                long street = id();
                jdbc.update("insert into street (id, district_id, name) values (?, ?, ?)", street, district,
                        streetWord + (d == 0 ? "新" : "") + "街道");
                String centrePrefix = name + streetWord + "街人调字";
                long centre = organisation(streetWord + "街道物业纠纷调解中心", "STREET_MEDIATION_CENTRE", district, street,
                        null, centrePrefix);
                for (int m = 0; m < COMMUNITIES; m++) {
                    // names, and so case-number prefixes, unique within the district: 32 words, then numbered
                    int index = s * COMMUNITIES + m;
                    String word = PLACE_WORDS[index % PLACE_WORDS.length] + (index / PLACE_WORDS.length + 1);
                    long community = id();
                    jdbc.update("insert into community (id, street_id, name) values (?, ?, ?)", community, street,
                            word + "社区");
                    String roomPrefix = name + word + "社人调字";
                    long room = organisation(word + "社区物业纠纷调解室", "COMMUNITY_MEDIATION_ROOM", district,
                            street, community, roomPrefix);
                    for (int k = 0; k < COMPOUNDS; k++) {
                        long compound = id();
                        String address = name + "区" + streetWord + "路" + (s * 100 + m * 10 + k + 1) + "号";
                        int company = random.nextInt(companyIds.size() + 2);
                        jdbc.update("insert into compound (id, community_id, name, pinyin_initials, address, households,"
                                + " property_company_id) values (?, ?, ?, ?, ?, ?, ?)", compound, community,
                                word + ESTATE_WORDS[k], null, address, 300 + random.nextInt(30) * 50,
                                company < companyIds.size() ? companyIds.get(company) : null);
                        result.add(new Place(compound, community, street, district, room, centre, court, roomPrefix,
                                address, company < companyIds.size() ? companies.get(company) : null));
                    }
                }
            }
        }
        return result;
    }

    private static long num(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private long organisation(String name, String kind, long district, Long street, Long community, String prefix) {
        long id = id();
        jdbc.update("insert into organisation (id, name, kind, district_id, street_id, community_id, case_prefix, active)"
                + " values (?, ?, ?, ?, ?, ?, ?, true)", id, name, kind, district, street, community, prefix);
        return id;
    }

    // ---------------------------------------------------------------- disputes

    private enum Path { AGREEMENT, ESCALATED_AGREEMENT, GUIDED, COURT, WITHDRAWN, REJECTED }

    private static final List<String> OPEN = List.of("REGISTERED", "ACCEPTED", "IN_MEDIATION", "SUSPENDED", "AGREED",
            "FAILED", "ESCALATED", "REFERRED_TO_COURT");

    /** The rows of one chunk, table by table, in insertion order. */
    private final class Rows {
        final List<Object[]> disputes = new ArrayList<>();
        final List<Object[]> parties = new ArrayList<>();
        final List<Object[]> history = new ArrayList<>();
        final List<Object[]> clocks = new ArrayList<>();
        final List<Object[]> contacts = new ArrayList<>();
        long next;

        Rows(long firstId) {
            this.next = firstId;
        }

        long id() {
            return next++;
        }
    }

    private void write(long chunk, int size, long firstId, long total, int years) {
        Rows out = new Rows(firstId);
        Random random = new Random(seed * 1_000_003L + chunk);
        for (int i = 0; i < size; i++) {
            long ordinal = chunk * CHUNK + i;
            dispute(out, random, ordinal, total, years);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (mysqlFamily) {
                try (Statement s = c.createStatement()) {
                    s.execute("set foreign_key_checks = 0");
                    s.execute("set unique_checks = 0");
                }
            }
            insert(c, "dispute", """
                    id, case_number, channel, external_ref, category_id, compound_id, community_id, street_id,
                    district_id, description, amount, party_count, caller_name, caller_phone, flag_group, flag_leader,
                    flag_opinion, flag_urgent, supervised, tier, organisation_id, court_id, state, registered_at, due_date,
                    closed_at, version, is_open, queue_due, closure_type, last_modified_by, last_modified_at,
                    contact_count, closed_on_time, days_to_close""", out.disputes);
            insert(c, "dispute_party", "id, dispute_id, role, organisation, name, id_number, phone, address,"
                    + " representative", out.parties);
            insert(c, "dispute_history", "id, dispute_id, occurred_at, actor, from_state, to_state, tier,"
                    + " organisation_id, reason", out.history);
            insert(c, "dispute_clock", """
                    id, dispute_id, kind, tier, policy_id, amount, unit, warn_before, max_extension, max_extensions,
                    started_at, due_at, warn_at, state, stopped_at, extensions_used, warned_at, overdue_at""", out.clocks);
            insert(c, "dispute_contact", "id, dispute_id, channel, external_ref, caller_name, caller_phone, content,"
                    + " occurred_at, actor", out.contacts);
            if (mysqlFamily) {
                try (Statement s = c.createStatement()) {
                    s.execute("set foreign_key_checks = 1");
                    s.execute("set unique_checks = 1");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("chunk " + chunk + ": " + e.getMessage(), e);
        }
    }

    private void insert(Connection c, String table, String columns, List<Object[]> data) throws SQLException {
        if (data.isEmpty()) {
            return;
        }
        int width = data.get(0).length;
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < data.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(data.size(), from + ROWS_PER_STATEMENT);
            String sql = "insert into " + table + " (" + columns + ") values "
                    + String.join(", ", Collections.nCopies(to - from, row));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                for (int r = from; r < to; r++) {
                    for (Object value : data.get(r)) {
                        ps.setObject(p++, value);
                    }
                }
                ps.executeUpdate();
            }
        }
        rows.computeIfAbsent(table, t -> new AtomicLong()).addAndGet(data.size());
    }

    private static LocalDateTime utc(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private void dispute(Rows out, Random random, long ordinal, long total, int years) {
        long id = out.id();
        Place place = places.get(random.nextInt(places.size()));
        // registrations spread over the years, a fifth more each year, the newest ordinals newest
        double position = (ordinal + random.nextDouble()) / total;
        double growth = Math.sqrt(position);
        Instant registered = now.minus(Duration.ofSeconds((long) ((1 - growth) * years * 365L * 86_400L)))
                .minus(Duration.ofMinutes(random.nextInt(60)));
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        int year = registered.atZone(CaseworkConfiguration.ZONE).getYear();
        Path path = pickPath(random);
        boolean slow = random.nextInt(40) == 0;
        String tier = "COMMUNITY";
        long organisation = place.room();
        String prefix = place.roomPrefix();
        String caseNumber = caseNumber(organisation, year, prefix, ordinal);
        String caller = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String phone = "1990" + String.format("%07d", random.nextInt(10_000_000));
        String description = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)],
                TOPICS[random.nextInt(TOPICS.length)]);
        int partyCount = random.nextInt(25) == 0 ? 10 + random.nextInt(40) : 1 + random.nextInt(3);

        // walk the path until now
        List<String> steps = steps(path);
        String state = null;
        Instant t = registered;
        Instant closedAt = null;
        String closure = null;
        Long court = null;
        Instant mediationDue = null;
        String actor = "huawu";
        List<Object[]> clocks = new ArrayList<>();
        Object[] running = null;
        for (String next : steps) {
            if (state != null) {
                long hours = slow ? 72 + random.nextInt(24 * 40) : 4 + random.nextInt(24 * 5);
                Instant at = t.plus(Duration.ofHours(hours));
                if (at.isAfter(now)) {
                    break;
                }
                t = at;
                actor = "shequ";
            }
            if (next.equals("ESCALATED")) {
                tier = "STREET";
                organisation = place.centre();
            }
            out.history.add(new Object[] {out.id(), id, utc(t), actor, state, next, state == null ? null : tier,
                    organisation, reason(next)});
            switch (next) {
                case "ACCEPTED" -> {
                    int amount = tier.equals("COMMUNITY") ? 10 : 15;
                    long policy = tier.equals("COMMUNITY") ? 6 : 7;
                    Instant due = calculator.due(t, amount, DurationUnit.WORKING_DAYS);
                    running = clock(out, id, "MEDIATION", tier, policy, amount, 2, amount, 1, t, due);
                    clocks.add(running);
                    mediationDue = due;
                }
                case "AGREED", "FAILED", "ESCALATED" -> running = stop(running, t);
                case "CLOSED" -> {
                    running = stop(running, t);
                    closedAt = t;
                    closure = switch (path) {
                        case GUIDED -> "GUIDED_TO_LITIGATION";
                        case COURT -> "COURT_OUTCOME";
                        case WITHDRAWN -> "WITHDRAWN";
                        default -> "AGREEMENT";
                    };
                    Instant due = calculator.due(t, 5, DurationUnit.WORKING_DAYS);
                    running = clock(out, id, "RETURN_VISIT", null, 9, 5, 2, 0, 0, t, due);
                    clocks.add(running);
                }
                case "REVISITED", "ARCHIVED" -> running = stop(running, t);
                case "REFERRED_TO_COURT" -> court = place.court();
                default -> {
                }
            }
            state = next;
        }
        boolean open = OPEN.contains(state);
        Instant due = running != null && "RUNNING".equals(running[13]) ? (Instant) running[18] : null;
        LocalDate dueDate = due == null ? null : DeadlineCalculator.lastDayOf(due);
        for (Object[] c : clocks) {
            // the due instant in slot 18 is the working copy's, not a column
            out.clocks.add(new Object[] {c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10],
                utc((Instant) c[11]), utc((Instant) c[12]), c[13], utc((Instant) c[14]), c[15], utc((Instant) c[16]),
                utc((Instant) c[17])});
        }
        Boolean onTime = closedAt == null || mediationDue == null ? null : !closedAt.isAfter(mediationDue);
        Integer days = closedAt == null ? null : Math.max(0, calculator.workingDaysBetween(registered, closedAt));
        int contacts = random.nextInt(12) == 0 ? 1 + random.nextInt(3) : 0;
        for (int k = 0; k < contacts; k++) {
            Instant at = registered.plus(Duration.ofHours(2 + random.nextInt(24 * 10)));
            if (at.isAfter(now)) {
                at = now;
            }
            String who = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            out.contacts.add(new Object[] {out.id(), id, "HOTLINE_12345", null, who,
                    "1990" + String.format("%07d", random.nextInt(10_000_000)), "再次来电反映同一问题：" + description,
                    utc(at), "huawu"});
        }
        out.parties.add(new Object[] {out.id(), id, "APPLICANT", false, caller, idNumber(random), phone, place.address(),
            partyCount >= 10});
        if (place.company() != null) {
            out.parties.add(new Object[] {out.id(), id, "RESPONDENT", true, place.company(), null, null, null, false});
        } else {
            out.parties.add(new Object[] {out.id(), id, "RESPONDENT", false,
                SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)], idNumber(random),
                "1990" + String.format("%07d", random.nextInt(10_000_000)), place.address(), false});
        }
        String externalRef = channel.equals("HOTLINE_12345") ? "GEN" + String.format("%012d", ordinal) : null;
        BigDecimal amount = random.nextInt(3) == 0 ? BigDecimal.valueOf(800L + random.nextInt(120) * 500L) : null;
        out.disputes.add(new Object[] {id, caseNumber, channel, externalRef, categories[random.nextInt(categories.length)],
            place.compound(), place.community(), place.street(), place.district(), description, amount, partyCount,
            caller, phone, partyCount >= 10, random.nextInt(90) == 0, random.nextInt(20) == 0, random.nextInt(70) == 0,
            false, tier, organisation, court, state, utc(registered), dueDate, utc(closedAt), 0L, open,
            dueDate == null ? LocalDate.of(9999, 12, 31) : dueDate, closure, actor, utc(t), contacts, onTime, days});
    }

    private String caseNumber(long organisation, int year, String prefix, long ordinal) {
        long sequence = 100_000 + ordinal;
        caseNumbers.merge(organisation + "/" + year, sequence, Math::max);
        return "（" + year + "）" + prefix + "第" + String.format("%05d", sequence) + "号";
    }

    /** A clock row; slot 18 keeps the due instant while the dispute is built. */
    private Object[] clock(Rows out, long dispute, String kind, String tier, long policy, int amount, int warnBefore,
            int maxExtension, int maxExtensions, Instant start, Instant due) {
        Instant warn = calculator.warnAt(due, warnBefore, DurationUnit.WORKING_DAYS);
        return new Object[] {out.id(), dispute, kind, tier, policy, amount, "WORKING_DAYS", warnBefore, maxExtension,
            maxExtensions, utc(start), due, warn, "RUNNING", null, 0, warn.isBefore(now) ? warn : null,
            due.isBefore(now) ? due : null, due};
    }

    private static Object[] stop(Object[] clock, Instant at) {
        if (clock != null) {
            clock[13] = "STOPPED";
            clock[14] = at;
            // a clock stopped before its warning or due time was never announced
            if (clock[16] != null && ((Instant) clock[16]).isAfter(at)) {
                clock[16] = null;
            }
            if (clock[17] != null && ((Instant) clock[17]).isAfter(at)) {
                clock[17] = null;
            }
        }
        return null;
    }

    private static Path pickPath(Random random) {
        int r = random.nextInt(100);
        if (r < 55) {
            return Path.AGREEMENT;
        } else if (r < 67) {
            return Path.ESCALATED_AGREEMENT;
        } else if (r < 77) {
            return Path.GUIDED;
        } else if (r < 84) {
            return Path.COURT;
        } else if (r < 92) {
            return Path.WITHDRAWN;
        }
        return Path.REJECTED;
    }

    private static List<String> steps(Path path) {
        return switch (path) {
            case AGREEMENT -> List.of("REGISTERED", "ACCEPTED", "IN_MEDIATION", "AGREED", "CLOSED", "REVISITED",
                    "ARCHIVED");
            case ESCALATED_AGREEMENT -> List.of("REGISTERED", "ACCEPTED", "IN_MEDIATION", "FAILED", "ESCALATED",
                    "ACCEPTED", "IN_MEDIATION", "AGREED", "CLOSED", "REVISITED", "ARCHIVED");
            case GUIDED -> List.of("REGISTERED", "ACCEPTED", "IN_MEDIATION", "FAILED", "CLOSED", "REVISITED",
                    "ARCHIVED");
            case COURT -> List.of("REGISTERED", "ACCEPTED", "IN_MEDIATION", "FAILED", "REFERRED_TO_COURT", "CLOSED",
                    "REVISITED", "ARCHIVED");
            case WITHDRAWN -> List.of("REGISTERED", "ACCEPTED", "CLOSED", "REVISITED", "ARCHIVED");
            case REJECTED -> List.of("REGISTERED", "REJECTED");
        };
    }

    private static String reason(String state) {
        return switch (state) {
            case "REJECTED" -> "不属于物业纠纷调解受理范围";
            case "FAILED" -> "双方分歧较大，调解不成";
            case "ESCALATED" -> "本级调解不成，上报上一级调解组织";
            case "REFERRED_TO_COURT" -> "调解不成，移送法院";
            case "CLOSED" -> "结案";
            default -> null;
        };
    }

    /** ID numbers under region code 330199, which no real county uses, with a valid check character. */
    private static String idNumber(Random random) {
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(60 * 365));
        String first17 = "330199" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return first17 + IdCardNumber.checkCharacter(first17);
    }
}
