package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.DeadlinePolicyRow;
import org.tiaojie.casework.deadline.DeadlinePolicyService;
import org.tiaojie.casework.deadline.OverdueAction;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DeadlineSweep;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.supervision.ListingRow;
import org.tiaojie.casework.supervision.QuarterlyListingService;

/**
 * What the scheduled jobs do as time moves: the deadline sweep across the 2026 Mid-Autumn and National Day
 * holidays (09-25..27, 10-01..07; 调休 workdays 09-20 and 10-10): each warning, reminder and
 * escalation at its moment on the calendar, and exactly once however often the sweep runs.
 * Time is passed to the aggregate and the sweep explicitly, as the scheduler's injected clock does.
 */
abstract class ScheduledActionScenarios {

    @Autowired PlaceService places;
    @Autowired DemoDataGenerator demo;
    @Autowired AccountService accounts;
    @Autowired DisputeService disputes;
    @Autowired org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired DeadlinePolicyService policies;
    @Autowired DeadlineSweep sweep;
    @Autowired DataSource dataSource;
    @Autowired org.tiaojie.casework.shared.EventPublications publications;
    @Autowired EntityManager em;
    @Autowired PlatformTransactionManager transactionManager;

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    JdbcTemplate jdbc;
    long compound;
    long shequOrg;
    long jiedaoOrg;

    @BeforeEach
    void demoDistrict() {
        synchronized (ScheduledActionScenarios.class) {
            if (places.isEmpty()) {
                demo.generate(200);
            }
        }
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        jdbc = new JdbcTemplate(dataSource);
        shequOrg = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        jiedaoOrg = jdbc.queryForObject("select organisation_id from app_user where username = 'jiedao'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, shequOrg);
        compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    static Instant beijing(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private long register(String description, Instant at) {
        long category = jdbc.queryForObject(
                "select id from dispute_category where code = 'SERVICE_QUALITY.CLEANING'", Long.class);
        return registration.registerAs(NewCase.of(Channel.WALK_IN).category(category).in(compound)
                .description(description).caller("测试人", null).build(), "shequ", at).getId();
    }

    /** A lifecycle move at a given time, as a mediator's command would make it. */
    private void at(long id, Instant now, BiConsumer<Dispute, Instant> move) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            Dispute d = em.find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE);
            move.accept(d, now);
        });
    }

    private long notices(long dispute, String key) {
        return jdbc.queryForObject("select count(*) from notification where dispute_id = ? and message_key = ?",
                Long.class, dispute, key);
    }

    /** Who hears of an unassigned case's clocks: the organisation's head, or every mediator where it has none. */
    private long clockAudience(long org) {
        return jdbc.queryForObject("select count(*) from organisation where id = ? and head_user_id is not null",
                Long.class, org) == 1 ? 1 : mediatorsOf(org);
    }

    private long mediatorsOf(long org) {
        return jdbc.queryForObject("""
                select count(*) from app_user u join app_user_role r on r.user_id = u.id
                where u.organisation_id = ? and r.role = 'MEDIATOR' and u.enabled = true""", Long.class, org);
    }

    private void login(String username) {
        AuthenticatedUser user = Logins.as(accounts, username);
    }

    private DeadlinePolicyRow communityMediationPolicy() {
        login("admin");
        return policies.findAll().stream()
                .filter(p -> p.kind() == ClockKind.MEDIATION && p.tier() == Tier.COMMUNITY && p.channel() == null)
                .findFirst().orElseThrow();
    }

    private void setAction(DeadlinePolicyRow p, OverdueAction action) {
        login("admin");
        policies.update(p.id(), p.version(), p.amount(), p.unit(), p.warnBefore(), p.maxExtension(), p.maxExtensions(),
                p.active(), action);
    }

    @Test
    void aMissedCommunityDeadlineEscalatesToTheStreetOnceWhenThePolicySaysSo() {
        DeadlinePolicyRow policy = communityMediationPolicy();
        setAction(policy, OverdueAction.ESCALATE);
        long id;
        try {
            // accepted Monday 09-28: ten working days skip National Day and count the 调休 Saturday 10-10,
            // so the community's time ends with Friday 10-16
            id = register("楼道堆物长期不清理，物业不作为", beijing(9, 28, 9));
            at(id, beijing(9, 28, 10), (d, now) -> d.accept(disputes.rules(), now, "shequ"));
            at(id, beijing(9, 29, 10), (d, now) -> d.startMediation(now, "shequ"));
        } finally {
            setAction(communityMediationPolicy(), policy.overdueAction());
        }
        sweep.sweep(beijing(10, 16, 23), 50);
        assertThat(jdbc.queryForObject("select state from dispute where id = ?", String.class, id))
                .isEqualTo("IN_MEDIATION");

        DeadlineSweep.Result first = sweep.sweep(beijing(10, 17, 1), 50);
        DeadlineSweep.Result second = sweep.sweep(beijing(10, 17, 2), 50);
        assertThat(first.escalated()).isGreaterThanOrEqualTo(1);
        assertThat(second.escalated()).isZero();
        assertThat(jdbc.queryForMap("select state, tier, organisation_id from dispute where id = ?", id))
                .containsEntry("state", "REGISTERED").containsEntry("tier", "STREET");
        assertThat(jdbc.queryForObject("select organisation_id from dispute where id = ?", Long.class, id))
                .isEqualTo(jiedaoOrg);
        // the history names the system and the reason: 调解中 → 调解不成 → 已上报 → 已登记 at the street
        List<String> moves = jdbc.queryForList("""
                select concat(coalesce(from_state, '-'), '>', to_state, '|', actor) from dispute_history
                where dispute_id = ? order by occurred_at, id""", String.class, id);
        assertThat(moves).endsWith("IN_MEDIATION>FAILED|system", "FAILED>ESCALATED|system",
                "ESCALATED>REGISTERED|system");
        assertThat(jdbc.queryForObject("""
                select reason from dispute_history where dispute_id = ? and to_state = 'ESCALATED'""", String.class, id))
                .contains("调解期限", "自动上报");
        assertThat(notices(id, "deadline.escalated")).isEqualTo(mediatorsOf(jiedaoOrg)).isPositive();
        assertThat(notices(id, "deadline.overdue")).isEqualTo(clockAudience(shequOrg));
        // the clock that ran out stopped, its announcement kept; nothing of the community is left running
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'MEDIATION' and state = 'STOPPED'
                and overdue_at is not null""", Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'MEDIATION' and state = 'RUNNING'""",
                Long.class, id)).isZero();
    }

    @Test
    void escalationIsOnlyForMediationDeadlines() {
        login("admin");
        DeadlinePolicyRow visit = policies.findAll().stream().filter(p -> p.kind() == ClockKind.RETURN_VISIT)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> setAction(visit, OverdueAction.ESCALATE))
                .isInstanceOf(CaseworkException.class).hasMessageContaining("只有调解期限可以设为超期自动上报");
        login("admin");
        assertThat(policies.findAll().stream().filter(p -> p.id() == visit.id()).findFirst().orElseThrow()
                .overdueAction()).isEqualTo(visit.overdueAction());
    }

    @Test
    void anExtendedDeadlineIsWarnedAgainAndTheOldWarningIsNotRepeated() {
        long id = register("电梯维保记录不公开", beijing(9, 28, 9));
        at(id, beijing(9, 28, 10), (d, now) -> d.accept(disputes.rules(), now, "shequ"));
        // due with Friday 10-16: 临期 from Wednesday 10-14 (two working days left), not on Tuesday night
        sweep.sweep(beijing(10, 13, 23), 50);
        assertThat(notices(id, "deadline.warning")).isZero();
        sweep.sweep(beijing(10, 14, 8), 50);
        sweep.sweep(beijing(10, 14, 9), 50);
        long mediators = clockAudience(shequOrg);
        assertThat(notices(id, "deadline.warning")).isEqualTo(mediators);
        // extended by three working days on 10-15: now due with Wednesday 10-21, 临期 again from Monday 10-19
        at(id, beijing(10, 15, 10), (d, now) -> d.extendClock(ClockKind.MEDIATION, 3, "需等待维保单位提供记录",
                disputes.rules(), now, "shequ"));
        sweep.sweep(beijing(10, 17, 10), 50);
        assertThat(notices(id, "deadline.warning")).isEqualTo(mediators);
        assertThat(notices(id, "deadline.overdue")).isZero();
        sweep.sweep(beijing(10, 19, 8), 50);
        sweep.sweep(beijing(10, 19, 12), 50);
        assertThat(notices(id, "deadline.warning")).isEqualTo(2 * mediators);
        sweep.sweep(beijing(10, 22, 0), 50);
        sweep.sweep(beijing(10, 22, 1), 50);
        assertThat(notices(id, "deadline.overdue")).isEqualTo(mediators);
    }

    @Test
    void theJudicialConfirmationWindowIsRemindedOnDayTwentyAndTheReturnVisitWhenDue() {
        long id = register("公共收益分配协议纠纷", beijing(9, 14, 9));
        at(id, beijing(9, 14, 10), (d, now) -> d.accept(disputes.rules(), now, "shequ"));
        at(id, beijing(9, 15, 10), (d, now) -> d.startMediation(now, "shequ"));
        // agreed, signed and sealed on 09-21: the parties may apply for confirmation for 30 days, to the end of 10-21
        at(id, beijing(9, 21, 15), (d, now) -> {
            d.agree(disputes.rules(), now, "shequ");
            d.agreementTookEffect("第1号", java.time.LocalDate.of(2026, 9, 21), disputes.rules(), now, "shequ");
        });
        // the written agreement behind the window, as the agreement service would have stored it
        jdbc.update("insert into agreement (id, dispute_id, agreement_number, kind, facts, copies, concluded_at,"
                + " concluded_by, effective_on) values (?, ?, ?, 'WRITTEN', '公共收益分配', 3, ?, 'shequ', ?)",
                970_000_000L + id % 1_000_000, id, "SCHED-" + id, java.sql.Timestamp.from(beijing(9, 21, 15)),
                java.sql.Date.valueOf("2026-09-21"));
        // closed Wednesday 09-30, before the holiday: five working days for the return visit are
        // 10-08, 10-09, 10-10 (调休), 10-12 and 10-13; 临期 from 10-10, two working days before the end
        at(id, beijing(9, 30, 11), (d, now) -> d.close(ClosureType.AGREEMENT, "协议已签署", disputes.rules(), now,
                "shequ"));
        long mediators = clockAudience(shequOrg);
        sweep.sweep(beijing(10, 9, 23), 50);
        assertThat(notices(id, "deadline.warning.RETURN_VISIT")).isZero();
        sweep.sweep(beijing(10, 10, 8), 50);
        assertThat(notices(id, "deadline.warning.RETURN_VISIT")).isEqualTo(mediators);
        // the confirmation window stays open after closure; its reminder comes with day 20 and says what to do
        sweep.sweep(beijing(10, 10, 23), 50);
        assertThat(notices(id, "deadline.warning.JUDICIAL_CONFIRMATION")).isZero();
        sweep.sweep(beijing(10, 11, 8), 50);
        sweep.sweep(beijing(10, 11, 9), 50);
        assertThat(notices(id, "deadline.warning.JUDICIAL_CONFIRMATION")).isEqualTo(mediators);
        assertThat(jdbc.queryForObject("""
                select message_args from notification where dispute_id = ?
                and message_key = 'deadline.warning.JUDICIAL_CONFIRMATION'""", String.class, id))
                .contains("2026-10-21 23:59");
        sweep.sweep(beijing(10, 13, 23), 50);
        assertThat(notices(id, "deadline.overdue")).isZero();
        sweep.sweep(beijing(10, 14, 0), 50);
        sweep.sweep(beijing(10, 14, 1), 50);
        assertThat(notices(id, "deadline.overdue")).isEqualTo(clockAudience(shequOrg));
    }

    // ------------------------------------------------------------------ 每日汇总 (issue #27)

    @Autowired org.tiaojie.casework.notification.NoticeDigest digest;
    @Autowired org.tiaojie.casework.notification.InboxService inbox;
    @Autowired OutboundRecorder outbound;

    /**
     * A mediator who takes the notices that can wait once a day: the early warning of a clock is stored held — out
     * of the inbox, its count and the phone — while the overdue notice comes at once; the morning's run releases the
     * held one with one summary (one text message), and a second run finds nothing; turning the choice off releases
     * what still waits.
     */
    @Test
    void aMediatorOnTheDailySummaryGetsWarningsInItAndWhatIsOverdueAtOnce() {
        // the room's head hears of an unassigned case's clocks; give him a phone for the outbound messages
        long head = jdbc.queryForObject("select head_user_id from organisation where id = ?", Long.class, shequOrg);
        String username = jdbc.queryForObject("select username from app_user where id = ?", String.class, head);
        String phone = "1990000" + String.format("%04d", head % 10_000);
        phone(head, phone);
        try {
            login(username);
            assertThat(digest.choose(true)).isEqualTo(new org.tiaojie.casework.notification.NoticeDigest.Mine(true, 0));
            long id = register("楼道声控灯损坏，物业迟迟未修", beijing(9, 28, 9));
            at(id, beijing(9, 28, 10), (d, now) -> d.accept(disputes.rules(), now, "shequ"));
            // the registration's own review (a repeat complaint of the compound among this class's cases) is done
            assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
            long unread = inbox.unreadCount();
            int texts = outbound.to(phone).size();

            // 临期 (due with Friday 10-16, warned from Wednesday 10-14): held for the summary
            sweep.sweep(beijing(10, 14, 9), 50);
            assertThat(jdbc.queryForObject("select count(*) from notification where dispute_id = ? and recipient_id = ?"
                    + " and message_key = 'deadline.warning' and held = true", Long.class, id, head)).isEqualTo(1);
            login(username);
            assertThat(inbox.unreadCount()).isEqualTo(unread);
            assertThat(inbox.page(new org.tiaojie.casework.notification.InboxService.Filter(null, null, false), 0, 500))
                    .noneMatch(n -> n.messageKey().equals("deadline.warning") && id == n.disputeId());
            assertThat(outbound.to(phone)).hasSize(texts);
            assertThat(digest.mine().held()).isPositive();

            // 超期 cannot wait: in the inbox and on the phone at once
            sweep.sweep(beijing(10, 17, 1), 50);
            assertThat(jdbc.queryForObject("select count(*) from notification where dispute_id = ? and recipient_id = ?"
                    + " and message_key = 'deadline.overdue' and held = false", Long.class, id, head)).isEqualTo(1);
            // (the missed mediation deadline also puts the case under 督办: that notice cannot wait either)
            List<String> atOnce = outbound.to(phone).subList(texts, outbound.to(phone).size());
            assertThat(atOnce).anyMatch(t -> t.startsWith("超期：")).allMatch(t -> t.startsWith("超期：")
                    || t.startsWith("督办通知："));
            texts = outbound.to(phone).size();
            login(username);
            unread = inbox.unreadCount();

            // the morning's run: everything held for him released, one summary, one text
            long held = jdbc.queryForObject("select count(*) from notification where recipient_id = ? and held = true",
                    Long.class, head);
            var run = digest.releaseAll();
            assertThat(run.users()).isGreaterThanOrEqualTo(1);
            assertThat(run.notices()).isGreaterThanOrEqualTo((int) held);
            assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and held = true",
                    Long.class, head)).isZero();
            List<String> summary = jdbc.queryForList("select message_args from notification where recipient_id = ? and"
                    + " message_key = 'digest.daily'", String.class, head);
            assertThat(summary).hasSize(1);
            assertThat(summary.get(0).split("\u001f")[0]).isEqualTo(Long.toString(held));
            assertThat(outbound.to(phone)).hasSize(texts + 1).last().asString()
                    .startsWith("每日汇总：").contains(held + " 条非紧急通知");
            login(username);
            assertThat(inbox.unreadCount()).isEqualTo(unread + held + 1); // the released ones and the summary
            assertThat(digest.releaseAll().notices()).isZero();

            // turned off: what still waits comes at once, and later warnings are not held
            jdbc.update("update notification set held = true where dispute_id = ? and recipient_id = ?"
                    + " and message_key = 'deadline.warning'", id, head);
            login(username);
            assertThat(digest.choose(false)).isEqualTo(new org.tiaojie.casework.notification.NoticeDigest.Mine(false, 0));
            assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and"
                    + " message_key = 'digest.daily'", Long.class, head)).isEqualTo(2);
        } finally {
            login(username);
            digest.choose(false);
            phone(head, null);
        }
    }

    /** Gives a user a phone (null: none) as an administrator would. */
    private void phone(long userId, String phone) {
        login("admin");
        var row = accounts.findUsers(jdbc.queryForObject("select username from app_user where id = ?", String.class,
                userId), 0, 10).stream().filter(u -> u.id() == userId).findFirst().orElseThrow();
        accounts.saveUser(new org.tiaojie.casework.account.UserForm(row.id(), row.version(), row.username(),
                row.displayName(), row.organisationId(), row.roles(), phone, row.enabled(), null));
    }

    // ------------------------------------------------------------------ quarterly listing (挂牌督办)

    @Autowired QuarterlyListingService listing;

    private long complaint(long compoundId, Channel channel, Instant at) {
        long category = jdbc.queryForObject(
                "select id from dispute_category where code = 'SERVICE_QUALITY.CLEANING'", Long.class);
        return registration.registerAs(NewCase.of(channel)
                .ref(channel == Channel.WALK_IN ? null : "LIST-" + System.nanoTime())
                .category(category).in(compoundId).description("小区环境脏乱差，多次反映无改善")
                .caller("投诉人", "19900008888").build(), "huawu", at).getId();
    }

    /** compound:complaints:rank (0 when only carried over):new|carried:state, ranked first. */
    private List<String> listed(LocalDate quarter) {
        return jdbc.queryForList("""
                select concat(compound_id, ':', complaints, ':', coalesce(ranking, 0), ':',
                    case when carried_over then 'carried' else 'new' end, ':', state)
                from compound_listing where quarter_start = ? order by coalesce(ranking, 999), compound_id""",
                String.class, quarter);
    }

    /** The compound's supervisions as level:trigger:state (exactly one expected). */
    private String listedSupervision(long compound) {
        return jdbc.queryForObject("""
                select concat(level, ':', trigger_kind, ':', state) from supervision
                where compound_id = ? and subject = 'COMPOUND'""", String.class, compound);
    }

    @Test
    void eachQuarterTheMostComplainedAboutCompoundsAreListedOnceAndUndelistedOnesCarryOver() {
        List<Long> c = jdbc.queryForList("select min(id) from compound group by community_id order by min(id)",
                Long.class).subList(0, 4);
        long a = c.get(0);
        long b = c.get(1);
        long cc = c.get(2);
        long d = c.get(3);
        // 2025 Q2: A five 12345 orders; B three petitions; C one order and one merged 12345 call;
        // D a walk-in application and a call in Q1, neither counted in Q2
        for (int i = 0; i < 5; i++) {
            complaint(a, Channel.HOTLINE_12345, LocalDate.of(2025, 4, 3).plusDays(i * 15L).atStartOfDay(ZONE).toInstant());
        }
        complaint(b, Channel.PETITION_LETTER, LocalDate.of(2025, 5, 6).atTime(9, 0).atZone(ZONE).toInstant());
        complaint(b, Channel.PETITION_VISIT, LocalDate.of(2025, 5, 7).atTime(9, 0).atZone(ZONE).toInstant());
        complaint(b, Channel.PETITION_ONLINE, LocalDate.of(2025, 6, 30).atTime(23, 59).atZone(ZONE).toInstant());
        long onC = complaint(cc, Channel.HOTLINE_12345, LocalDate.of(2025, 6, 1).atTime(10, 0).atZone(ZONE).toInstant());
        at(onC, LocalDate.of(2025, 6, 2).atTime(10, 0).atZone(ZONE).toInstant(), (x, now) -> x.addContact(
                Channel.HOTLINE_12345, "LIST-CONTACT-" + System.nanoTime(), "投诉人", "19900008888", "再次来电催办", now,
                "huawu"));
        complaint(d, Channel.WALK_IN, LocalDate.of(2025, 5, 1).atTime(10, 0).atZone(ZONE).toInstant());
        complaint(d, Channel.HOTLINE_12345, LocalDate.of(2025, 3, 31).atTime(23, 0).atZone(ZONE).toInstant());

        login("admin");
        int before = listing.listedPerQuarter();
        listing.setListedPerQuarter(2);
        try {
            LocalDate q2 = LocalDate.of(2025, 4, 1);
            Instant firstOfJuly = LocalDate.of(2025, 7, 1).atStartOfDay(ZONE).toInstant().plusSeconds(300);
            assertThat(QuarterlyListingService.quarterEndedBefore(firstOfJuly)).isEqualTo(q2);
            QuarterlyListingService.Result first = listing.list(q2, firstOfJuly);
            assertThat(first.listed()).isEqualTo(2);
            assertThat(listed(q2)).containsExactly(a + ":5:1:new:LISTED", b + ":3:2:new:LISTED");
            // the job fired again (catch-up, or a second node): nothing changes
            QuarterlyListingService.Result again = listing.list(q2, firstOfJuly.plusSeconds(60));
            assertThat(again.alreadyListed()).isTrue();
            assertThat(listed(q2)).hasSize(2);
            // each listed compound is under 挂牌督办, once
            assertThat(listedSupervision(a)).isEqualTo("LISTED:QUARTERLY_LISTING:ISSUED");
            assertThat(listedSupervision(b)).isEqualTo("LISTED:QUARTERLY_LISTING:ISSUED");
            assertThat(jdbc.queryForObject("""
                    select count(*) from notification where message_key = 'listing.listed' and message_args like ?""",
                    Long.class, "%2025%")).isPositive();

            // A's rectification is verified and delisted; B's is not
            login("duban");
            ListingRow rowA = listing.listing(q2).stream().filter(r -> r.compoundId() == a).findFirst().orElseThrow();
            assertThatThrownBy(() -> listing.delist(rowA.id(), rowA.version(), " "))
                    .isInstanceOf(CaseworkException.class);
            listing.delist(rowA.id(), rowA.version(), "楼道堆物已清理，保洁频次恢复，回访业主满意");
            assertThatThrownBy(() -> listing.delist(rowA.id(), rowA.version() + 1, "再次销号"))
                    .isInstanceOf(CaseworkException.class);

            // 2025 Q3: C four orders, D one; B none, but it carries over
            for (int i = 0; i < 4; i++) {
                complaint(cc, Channel.HOTLINE_12345, LocalDate.of(2025, 8, 1 + i).atStartOfDay(ZONE).toInstant());
            }
            complaint(d, Channel.HOTLINE_12345, LocalDate.of(2025, 9, 9).atStartOfDay(ZONE).toInstant());
            LocalDate q3 = LocalDate.of(2025, 7, 1);
            QuarterlyListingService.Result third = listing.list(q3, LocalDate.of(2025, 10, 1).atStartOfDay(ZONE)
                    .toInstant().plusSeconds(300));
            assertThat(third.listed()).isEqualTo(3);
            assertThat(third.carriedOver()).isEqualTo(1);
            assertThat(listed(q3)).containsExactly(cc + ":4:1:new:LISTED", d + ":1:2:new:LISTED",
                    b + ":0:0:carried:LISTED");
            assertThat(listed(q2)).containsExactly(a + ":5:1:new:DELISTED", b + ":3:2:new:CARRIED");
            // A's supervision was verified and delisted with its listing; B's goes on with the new quarter's row
            assertThat(listedSupervision(a)).isEqualTo("LISTED:QUARTERLY_LISTING:DELISTED");
            assertThat(listedSupervision(b)).isEqualTo("LISTED:QUARTERLY_LISTING:ISSUED");
            assertThat(jdbc.queryForObject("""
                    select l.quarter_start from supervision s join compound_listing l on l.id = s.listing_id
                    where s.compound_id = ? and s.subject = 'COMPOUND'""", LocalDate.class, b)).isEqualTo(q3);

            // the supervisor's list: ranked first, carried over last; both quarters can be looked up
            login("duban");
            assertThat(listing.listing(q3)).extracting(ListingRow::compoundId).containsExactly(cc, d, b);
            assertThat(listing.quarters()).contains(q3, q2);
            assertThat(listing.quarters().indexOf(q3)).isLessThan(listing.quarters().indexOf(q2));
            // a mediator may not look
            login("shequ");
            assertThatThrownBy(() -> listing.listing(q3))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            login("admin");
            listing.setListedPerQuarter(before);
        }
    }

    @Test
    void theListingSizeIsCheckedAndOnlyAnAdministratorChangesIt() {
        login("admin");
        assertThatThrownBy(() -> listing.setListedPerQuarter(0)).isInstanceOf(CaseworkException.class)
                .hasMessageContaining("1 到 100");
        assertThatThrownBy(() -> listing.setListedPerQuarter(null)).isInstanceOf(CaseworkException.class);
        login("duban");
        assertThatThrownBy(() -> listing.setListedPerQuarter(5))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
