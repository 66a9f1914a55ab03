package org.tiaojie.casework.bench;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.intake.RepeatCallSettings;
import org.tiaojie.casework.intake.RepeatCalls;
import org.tiaojie.casework.intake.WorkOrder;
import org.tiaojie.casework.intake.WorkOrderService;
import org.tiaojie.casework.shared.EventPublications;

/**
 * A busy hotline day on a generated district (issue #27): the same 600 12345 orders — one caller ringing
 * twenty times about one leak, thirty callers ringing four times, forty twice, ten neighbours reporting one
 * stopped lift in the same words, and 370 single calls — sent through {@link WorkOrderService} twice in one run:
 * first with the repeat-call rule off and every notice at once, then as shipped (the rule on, the
 * mediators taking the daily summary). Prints per run the disputes, contacts, supervisions and notices, and
 * notices per mediator (all, and those that interrupt at once), with the shipped run's figures as ratios of the
 * first. Each run's rows are deleted again, so the second meets the district as the first did, and so does the
 * next program. Arguments: database (default {@code tj_city_1m}), seed.
 * Run: {@code ./mvnw -q -pl casework test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.tiaojie.casework.bench.DayBenchmark -Dexec.args="tj_city_1m"}.
 */
public final class DayBenchmark {

    private DayBenchmark() {
    }

    /** What one run of the day left behind. */
    record Day(String label, int orders, long disputes, long contacts, long supervisions, long leakDisputes,
            long leakSupervisions, long leakNotices, long notices, Map<String, long[]> perMediator, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "tj_city_1m";
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261205L;
        try (ConfigurableApplicationContext ctx = BenchmarkContext.city(database)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            // the compounds of the communities whose mediators have accounts: the notices are theirs to count
            List<String> compounds = jdbc.queryForList("""
                    select p.name from compound p where p.community_id in (select o.community_id from organisation o
                      join app_user u on u.organisation_id = o.id join app_user_role r on r.user_id = u.id
                      and r.role = 'MEDIATOR') order by p.id""", String.class);
            List<String> categories = jdbc.queryForList("""
                    select concat(p.name, '/', c.name) from dispute_category c join dispute_category p on p.id = c.parent_id
                    where c.functional_department is null and p.functional_department is null and c.active = true
                    order by c.id""", String.class);
            System.out.printf(Locale.ROOT, "database %s: %,d disputes, %,d compounds of the communities of %d mediators%n",
                    database, jdbc.queryForObject("select count(*) from dispute", Long.class), compounds.size(),
                    jdbc.queryForObject("select count(*) from app_user_role where role = 'MEDIATOR'", Long.class));
            RepeatCalls rule = ctx.getBean(RepeatCalls.class);
            Logins.as(ctx.getBean(AccountService.class).loadUserByUsername("admin"));
            RepeatCallSettings shipped = rule.settings();
            SecurityContextHolder.clearContext();
            List<Long> digestBefore = jdbc.queryForList("select id from app_user where notice_digest = true", Long.class);
            try {
                setRule(ctx, false);
                jdbc.update("update app_user set notice_digest = false");
                Day before = day(ctx, "rule off", plan(new Random(seed), compounds, categories, "A"));
                setRule(ctx, true);
                jdbc.update("update app_user u set notice_digest = true where exists (select 1 from app_user_role r "
                        + "where r.user_id = u.id and r.role = 'MEDIATOR')");
                Day after = day(ctx, "as shipped", plan(new Random(seed), compounds, categories, "B"));
                report(before, after);
            } finally {
                Logins.as(ctx.getBean(AccountService.class).loadUserByUsername("admin"));
                rule.update(rule.settings().version(), shipped.enabled(), shipped.windowDays(), shipped.similarPercent());
                SecurityContextHolder.clearContext();
                jdbc.update("update app_user set notice_digest = false");
                for (Long id : digestBefore) {
                    jdbc.update("update app_user set notice_digest = true where id = ?", id);
                }
            }
        }
    }

    private static void setRule(ConfigurableApplicationContext ctx, boolean on) {
        RepeatCalls rule = ctx.getBean(RepeatCalls.class);
        Logins.as(ctx.getBean(AccountService.class).loadUserByUsername("admin"));
        try {
            RepeatCallSettings s = rule.settings();
            rule.update(s.version(), on, s.windowDays(), s.similarPercent());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final String[] MATTERS = {"地下车库积水，车辆无法进出", "电梯频繁停运，老人上下楼困难",
        "物业费上涨未经业主大会表决", "小区绿地被占用改建停车位", "楼道堆放杂物，消防通道堵塞",
        "夜间装修噪音扰民", "外墙瓷砖脱落，存在安全隐患", "门禁系统损坏无人维修", "公共收益去向不明，要求公示",
        "垃圾清运不及时，气味很大", "停车费收费标准有异议", "二次供水水质浑浊"};

    /** The day's orders in the order they ring in; the same seed gives the same day (numbers carry the prefix). */
    static List<WorkOrder> plan(Random random, List<String> compounds, List<String> categories, String prefix) {
        List<WorkOrder> day = new ArrayList<>();
        int[] serial = {0};
        // one caller, one leak, twenty calls
        String leakCompound = compounds.get(random.nextInt(compounds.size()));
        String leakCategory = categories.get(random.nextInt(categories.size()));
        String leakPhone = phone(random);
        for (int i = 0; i < 20; i++) {
            day.add(order(prefix, serial, "卫测算", leakPhone, leakCompound, leakCategory,
                    "DAY-LEAK 楼上卫生间漏水，我家天花板渗水，第" + (i + 1) + "次来电"));
        }
        // callers who ring again about their own matter
        for (int[] group : new int[][] {{30, 4}, {40, 2}}) {
            for (int c = 0; c < group[0]; c++) {
                String compound = compounds.get(random.nextInt(compounds.size()));
                String category = categories.get(random.nextInt(categories.size()));
                String phone = phone(random);
                String matter = MATTERS[random.nextInt(MATTERS.length)] + "（" + compound + (random.nextInt(30) + 1)
                        + "号楼）";
                for (int i = 0; i < group[1]; i++) {
                    day.add(order(prefix, serial, "韩测算", phone, compound, category,
                            matter + (i == 0 ? "" : "，再次反映")));
                }
            }
        }
        // neighbours about one stopped lift, in nearly the same words
        String lift = compounds.get(random.nextInt(compounds.size()));
        String liftCategory = categories.get(random.nextInt(categories.size()));
        for (int i = 0; i < 10; i++) {
            day.add(order(prefix, serial, "杨测算", phone(random), lift, liftCategory,
                    "DAY-LIFT 8号楼2单元电梯停运三天，家里有老人上不了楼，请尽快维修"));
        }
        // single calls, each about a matter of its own
        for (int i = 0; i < 370; i++) {
            String compound = compounds.get(random.nextInt(compounds.size()));
            day.add(order(prefix, serial, "朱测算", phone(random), compound,
                    categories.get(random.nextInt(categories.size())), singleMatter(random)));
        }
        Collections.shuffle(day, random);
        return day;
    }

    /**
     * A call's words about a matter of its own (a caller's flat, what and since when): as rarely alike as two
     * callers' words are, so that the repeat-call rule's similar-words test meets what it meets in a real day.
     */
    static String singleMatter(Random random) {
        return (random.nextInt(30) + 1) + "号楼" + (random.nextInt(6) + 1) + "单元" + (random.nextInt(3000) + 101)
                + "室：" + MATTERS[random.nextInt(MATTERS.length)] + "，已持续" + (random.nextInt(40) + 2) + "天";
    }

    private static WorkOrder order(String prefix, int[] serial, String caller, String phone, String compound,
            String category, String text) {
        return new WorkOrder("DAY-" + prefix + "-" + (serial[0]++), caller, phone, compound, null, category, text, 1,
                null, false, false, false);
    }

    private static String phone(Random random) {
        return "1970" + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
    }

    private static Day day(ConfigurableApplicationContext ctx, String label, List<WorkOrder> orders) throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        DataSource dataSource = ctx.getBean(DataSource.class);
        EventPublications publications = ctx.getBean(EventPublications.class);
        WorkOrderService service = ctx.getBean(WorkOrderService.class);
        long watermark = jdbc.queryForObject("select next_val from id_sequences where seq_name = 'default'",
                Long.class) - 1_000;
        Timestamp started = new Timestamp(System.currentTimeMillis() - 1_000);
        try {
            Logins.as(ctx.getBean(AccountService.class).loadUserByUsername("huawu"));
            Set<Long> disputes = new HashSet<>();
            long t = System.nanoTime();
            try {
                for (WorkOrder order : orders) {
                    disputes.add(service.submit(order).disputeId());
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
            IntakeBenchmark.settle(publications);
            double seconds = (System.nanoTime() - t) / 1e9;
            String prefix = orders.getFirst().orderNumber().substring(0, 6) + "%";
            long leakDisputes = jdbc.queryForObject("select count(*) from dispute where id >= ? and description like "
                    + "'DAY-LEAK%'", Long.class, watermark);
            Map<String, long[]> perMediator = new LinkedHashMap<>();
            jdbc.query("""
                    select u.display_name, count(n.id), coalesce(sum(case when n.held then 0 else 1 end), 0)
                    from app_user u join app_user_role r on r.user_id = u.id and r.role = 'MEDIATOR'
                    left join notification n on n.recipient_id = u.id and n.id >= ?
                    group by u.id, u.display_name order by u.id""", rs -> {
                perMediator.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }, watermark);
            return new Day(label, orders.size(), disputes.size(),
                    jdbc.queryForObject("select count(*) from dispute_contact where id >= ? and external_ref like ?",
                            Long.class, watermark, prefix),
                    jdbc.queryForObject("select count(*) from supervision where id >= ?", Long.class, watermark),
                    leakDisputes,
                    jdbc.queryForObject("select count(*) from supervision s join dispute d on d.id = s.dispute_id "
                            + "where s.id >= ? and d.description like 'DAY-LEAK%'", Long.class, watermark),
                    jdbc.queryForObject("select count(*) from notification n join dispute d on d.id = n.dispute_id "
                            + "where n.id >= ? and d.description like 'DAY-LEAK%'", Long.class, watermark),
                    jdbc.queryForObject("select count(*) from notification where id >= ?", Long.class, watermark),
                    perMediator, seconds);
        } finally {
            IntakeBenchmark.forget(dataSource, watermark, started);
        }
    }

    private static void report(Day before, Day after) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %8s%n", "the day (" + before.orders() + " orders)",
                before.label(), after.label(), "ratio");
        row("disputes", before.disputes(), after.disputes());
        row("further contacts (并单)", before.contacts(), after.contacts());
        row("supervisions (督办) opened", before.supervisions(), after.supervisions());
        row("notices, everyone", before.notices(), after.notices());
        row("the leak caller's 20 calls: disputes", before.leakDisputes(), after.leakDisputes());
        row("  supervisions", before.leakSupervisions(), after.leakSupervisions());
        row("  notices", before.leakNotices(), after.leakNotices());
        List<Long> all = new ArrayList<>();
        List<Long> allAfter = new ArrayList<>();
        List<Long> interrupting = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%nnotices per mediator%-24s %12s %12s %12s%n", "", before.label(),
                after.label(), "at once");
        before.perMediator().forEach((name, counts) -> {
            long[] shipped = after.perMediator().get(name);
            all.add(counts[0]);
            allAfter.add(shipped[0]);
            interrupting.add(shipped[1]);
            if (counts[0] + shipped[0] > 0) {
                System.out.printf(Locale.ROOT, "  %-42s %12d %12d %12d%n", name, counts[0], shipped[0], shipped[1]);
            }
        });
        System.out.printf(Locale.ROOT, "  %-42s %12d %12d %12d%n", "most", Collections.max(all),
                Collections.max(allAfter), Collections.max(interrupting));
        System.out.printf(Locale.ROOT, "  %-42s %12d %12d %12d%n", "median", median(all), median(allAfter),
                median(interrupting));
        System.out.printf(Locale.ROOT, "%n('at once': the shipped run's notices that are not held for the 08:30 "
                + "daily summary, which adds one notice per mediator)%n");
        System.out.printf(Locale.ROOT, "orders through the service: %.1f s and %.1f s (%.0f and %.0f orders/s)%n",
                before.seconds(), after.seconds(), before.orders() / before.seconds(),
                after.orders() / after.seconds());
    }

    private static void row(String what, long before, long after) {
        System.out.printf(Locale.ROOT, "%-44s %12d %12d %8s%n", what, before, after,
                before == 0 ? "—" : String.format(Locale.ROOT, "%.2f", (double) after / before));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
