package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.statistics.Breakdown;
import org.tiaojie.casework.statistics.Dashboard;
import org.tiaojie.casework.statistics.Figure;
import org.tiaojie.casework.statistics.Dimension;
import org.tiaojie.casework.statistics.Kpis;
import org.tiaojie.casework.statistics.Slice;
import org.tiaojie.casework.statistics.StatisticsService;

/**
 * The dashboard's figures against a fixture counted by hand: five disputes of January and
 * February 2025 (a quiet period no other test or the demo data touches) in one district, with
 * their visits, agreement terms and court referrals.
 *
 * <pre>
 * A 保洁  registered 01-06, accepted, agreed, closed 01-09: on time, 3 working days; visit satisfied
 * B 停车  registered 01-13, accepted, mediation failed, referred to court 01-16
 * C 停车  registered 01-20, rejected
 * D 保洁  registered 02-10, waiting; a second call merged (a repeat)
 * E 保洁  registered and accepted 01-02, agreed 02-19 after its ten working days, closed 02-20:
 *         late, 31 working days (Spring Festival 01-28..02-04 off, 01-26 and 02-08 worked); visit dissatisfied
 * A's agreement: a term due 01-20 performed, one due 02-10 not; A's judicial confirmation decided valid 02-05
 * </pre>
 */
abstract class StatisticsScenarios extends DemoDistrictScenarios {

    @Autowired DisputeService disputes;

    @Autowired org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired StatisticsService statistics;
    @Autowired org.tiaojie.casework.statistics.RankingService rankings;
    @Autowired EntityManager em;
    @Autowired PlatformTransactionManager transactionManager;

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 2, 28);

    static Instant beijing(int month, int day, int hour) {
        return LocalDateTime.of(2025, month, day, hour, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private long register(String category, Instant at) {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long categoryId = jdbc.queryForObject("select id from dispute_category where code = ?", Long.class, category);
        return registration.registerAs(NewCase.of(Channel.HOTLINE_12345).category(categoryId).in(compound)
                .description("统计测试").caller("测试人", null).build(), "huawu", at).getId();
    }

    private void at(long id, Instant now, BiConsumer<Dispute, Instant> move) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            Dispute d = em.find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE);
            move.accept(d, now);
        });
    }

    private static long nextId = 970_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L) * 10;

    private long id() {
        return nextId++;
    }

    @Test
    void everyFigureMatchesTheFixtureCountedByHandAndDrillsDownToItsDisputes() {
        long a = register("SERVICE_QUALITY.CLEANING", beijing(1, 6, 9));
        at(a, beijing(1, 6, 10), (d, t) -> d.accept(disputes.rules(), t, "shequ"));
        at(a, beijing(1, 7, 10), (d, t) -> d.startMediation(t, "shequ"));
        at(a, beijing(1, 8, 10), (d, t) -> d.agree(disputes.rules(), t, "shequ"));
        at(a, beijing(1, 9, 10), (d, t) -> {
            d.replyToPlatform(true, "已达成协议", t, "shequ");
            d.close(ClosureType.AGREEMENT, "协议已签订", disputes.rules(), t, "shequ");
        });
        long b = register("PARKING", beijing(1, 13, 9));
        at(b, beijing(1, 13, 10), (d, t) -> d.accept(disputes.rules(), t, "shequ"));
        at(b, beijing(1, 14, 10), (d, t) -> d.startMediation(t, "shequ"));
        at(b, beijing(1, 15, 10), (d, t) -> d.fail("分歧较大", t, "shequ"));
        long c = register("PARKING", beijing(1, 20, 9));
        at(c, beijing(1, 20, 10), (d, t) -> d.reject("不属于受理范围", t, "shequ"));
        long dd = register("SERVICE_QUALITY.CLEANING", beijing(2, 10, 9));
        at(dd, beijing(2, 11, 9), (d, t) -> d.addContact(Channel.HOTLINE_12345, null, "测试人", null, "再次来电催办", t,
                "huawu"));
        long e = register("SERVICE_QUALITY.CLEANING", beijing(1, 2, 9));
        at(e, beijing(1, 2, 10), (d, t) -> d.accept(disputes.rules(), t, "shequ"));
        at(e, beijing(1, 3, 10), (d, t) -> d.startMediation(t, "shequ"));
        at(e, beijing(2, 19, 10), (d, t) -> d.agree(disputes.rules(), t, "shequ"));
        at(e, beijing(2, 20, 10), (d, t) -> {
            d.replyToPlatform(true, "已达成协议", t, "shequ");
            d.close(ClosureType.AGREEMENT, "协议已签订", disputes.rules(), t, "shequ");
        });

        jdbc.update("""
                insert into return_visit (id, dispute_id, visited_on, method, satisfaction, visitor, recorded_by, recorded_at)
                values (?, ?, ?, 'PHONE', 'SATISFIED', '钱调解', 'shequ', ?), (?, ?, ?, 'PHONE', 'DISSATISFIED', '钱调解', 'shequ', ?)""",
                id(), a, LocalDate.of(2025, 1, 15), Timestamp.from(beijing(1, 15, 10)),
                id(), e, LocalDate.of(2025, 2, 25), Timestamp.from(beijing(2, 25, 10)));
        long agreement = id();
        jdbc.update("""
                insert into agreement (id, dispute_id, agreement_number, kind, facts, copies, concluded_at, concluded_by)
                values (?, ?, ?, 'WRITTEN', '统计测试', 3, ?, 'shequ')""", agreement, a, "统计测试协议" + agreement,
                Timestamp.from(beijing(1, 8, 10)));
        jdbc.update("""
                insert into agreement_term (id, agreement_id, seq, obligor, obligation, deadline, performance, version)
                values (?, ?, 1, '物业公司', '清理楼道', ?, 'PERFORMED', 0), (?, ?, 2, '物业公司', '增加保洁频次', ?, 'NOT_PERFORMED', 0)""",
                id(), agreement, LocalDate.of(2025, 1, 20), id(), agreement, LocalDate.of(2025, 2, 10));
        // e's single term is due after the period but was performed within it (02-21): it falls in the period
        long agreementE = id();
        jdbc.update("""
                insert into agreement (id, dispute_id, agreement_number, kind, facts, copies, concluded_at, concluded_by)
                values (?, ?, ?, 'WRITTEN', '统计测试', 3, ?, 'shequ')""", agreementE, e, "统计测试协议" + agreementE,
                Timestamp.from(beijing(2, 19, 10)));
        jdbc.update("""
                insert into agreement_term (id, agreement_id, seq, obligor, obligation, deadline, performance,
                    performance_at, version)
                values (?, ?, 1, '物业公司', '更换楼道灯', ?, 'PERFORMED', ?, 0)""", id(), agreementE,
                LocalDate.of(2025, 6, 30), Timestamp.from(beijing(2, 21, 10)));
        long court = jdbc.queryForObject("select organisation_id from app_user where username = 'fayuan'", Long.class);
        jdbc.update("""
                insert into court_referral (id, dispute_id, court_id, state, sent_at, sent_by, kind, version)
                values (?, ?, ?, 'SENT', ?, 'shequ', 'CASE_TRANSFER', 0)""", id(), b, court,
                Timestamp.from(beijing(1, 16, 10)));
        jdbc.update("""
                insert into court_referral (id, dispute_id, court_id, state, sent_at, sent_by, kind, outcome, decided_at, version)
                values (?, ?, ?, 'DECIDED', ?, 'shequ', 'JUDICIAL_CONFIRMATION', 'CONFIRMED_VALID', ?, 0)""", id(), a, court,
                Timestamp.from(beijing(1, 20, 10)), Timestamp.from(beijing(2, 5, 10)));

        login("duban");
        Dashboard board = statistics.dashboard(FROM, TO);
        Kpis k = board.kpis();
        assertThat(k.intake()).isEqualTo(5);
        assertThat(k.accepted()).isEqualTo(3);
        assertThat(k.decided()).isEqualTo(4);
        assertThat(k.acceptanceRate()).isCloseTo(0.75, within(1e-9));
        assertThat(k.agreed()).isEqualTo(2);
        assertThat(k.concluded()).isEqualTo(3);
        assertThat(k.agreementRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(k.repeats()).isEqualTo(1);
        assertThat(k.repeatRate()).isCloseTo(0.2, within(1e-9));
        assertThat(k.closed()).isEqualTo(2);
        assertThat(k.closedOnTime()).isEqualTo(1);
        assertThat(k.onTimeRate()).isCloseTo(0.5, within(1e-9));
        assertThat(k.averageWorkingDaysToClose()).isCloseTo(17.0, within(1e-9));
        assertThat(k.visits()).isEqualTo(2);
        assertThat(k.satisfactionRate()).isCloseTo(0.5, within(1e-9));
        assertThat(k.referrals()).isEqualTo(1);
        assertThat(k.confirmations()).isEqualTo(1);
        // 协议履行率 by case (docs/DOMAIN.md, Figures): a's two terms fall due in the period and one was not performed,
        // so its case is not performed; e's term, performed in the period ahead of its deadline, falls in the period
        // when it was performed (docs/decisions/018: every figure counts cases)
        assertThat(k.termsDue()).isEqualTo(2);
        assertThat(k.performanceRate()).isCloseTo(0.5, within(1e-9));
        assertThat(jdbc.queryForObject("select days_to_close from dispute where id = ?", Integer.class, e)).isEqualTo(31);

        assertThat(board.months()).extracting(Breakdown::key, Breakdown::intake, Breakdown::closed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-01", 4L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2025-02", 1L, 1L));
        long cleaningTop = jdbc.queryForObject("select id from dispute_category where code = 'SERVICE_QUALITY'", Long.class);
        long parkingTop = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        assertThat(board.categories()).extracting(Breakdown::key, Breakdown::intake, Breakdown::agreed, Breakdown::closed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Long.toString(cleaningTop), 3L, 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(Long.toString(parkingTop), 2L, 0L, 0L));
        assertThat(board.categories().getFirst().label()).isEqualTo("物业服务质量");
        assertThat(board.tiers()).extracting(Breakdown::key, Breakdown::intake)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COMMUNITY", 5L));
        assertThat(board.areas()).singleElement().satisfies(s -> {
            assertThat(s.intake()).isEqualTo(5);
            assertThat(s.onTimeRate()).isCloseTo(0.5, within(1e-9));
        });

        // every figure lists its disputes
        assertThat(statistics.count(Figure.INTAKE, null, FROM, TO)).isEqualTo(5);
        assertThat(statistics.count(Figure.ACCEPTED, null, FROM, TO)).isEqualTo(3);
        assertThat(statistics.disputes(Figure.AGREED, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactly(a, e);
        assertThat(statistics.disputes(Figure.FAILED, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactly(b);
        assertThat(statistics.disputes(Figure.REPEATS, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactly(dd);
        assertThat(statistics.disputes(Figure.CLOSED_LATE, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactly(e);
        assertThat(statistics.count(Figure.INTAKE, new Slice(Dimension.CATEGORY, Long.toString(parkingTop)),
                FROM, TO)).isEqualTo(2);
        assertThat(statistics.count(Figure.INTAKE, new Slice(Dimension.MONTH, "2025-02"), FROM, TO)).isEqualTo(1);
        assertThat(statistics.count(Figure.CLOSED, new Slice(Dimension.MONTH, "2025-02"), FROM, TO))
                .isEqualTo(1);
        assertThat(statistics.count(Figure.INTAKE, new Slice(Dimension.AREA, board.areas().getFirst().key()),
                FROM, TO)).isEqualTo(5);
        assertThat(statistics.count(Figure.OVERDUE, null, FROM, TO)).isEqualTo(k.overdue());
        assertThat(statistics.disputes(Figure.VISITED, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactlyInAnyOrder(a, e);
        assertThat(statistics.disputes(Figure.REFERRED, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactly(b);
        assertThat(statistics.disputes(Figure.CONFIRMED, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactly(a);
        assertThat(statistics.disputes(Figure.TERMS_DUE, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactlyInAnyOrder(a, e);
        assertThat(statistics.disputes(Figure.TERMS_PERFORMED, null, FROM, TO, 0, 50)).extracting(DisputeRow::id)
                .containsExactly(e);

        everyFigureEqualsWhatItsDrillDownLists(board, FROM, TO);

        // rankings: the fixture's compound first, per 100 households; its company graded by the default rule
        var compounds = rankings.compounds(FROM, TO);
        var top = compounds.getFirst();
        long households = jdbc.queryForObject("select households from compound where id = ?", Long.class, top.id());
        assertThat(top.complaints()).isEqualTo(5);
        assertThat(top.complaintsPer100()).isCloseTo(Math.round(500_00.0 / households) / 100.0, within(1e-9));
        assertThat(top.agreementRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(top.overdueRate()).isCloseTo(0.5, within(1e-9));
        assertThat(compounds.get(1).complaints()).isZero();
        Long company = jdbc.queryForObject("select property_company_id from compound where id = ?", Long.class, top.id());
        if (company != null) {
            var graded = rankings.companies(FROM, TO).stream().filter(r -> r.id() == company).findFirst().orElseThrow();
            long companyHouseholds = jdbc.queryForObject("""
                    select sum(c.households) from compound c join community m on m.id = c.community_id
                    join street s on s.id = m.street_id where c.property_company_id = ? and s.district_id = (
                      select district_id from dispute where id = ?)""", Long.class, company, a);
            double per100 = Math.round(500_00.0 / companyHouseholds) / 100.0;
            // 100 − 5 × per 100 households − 20 × half closed late − 10 × a third failed − 10 × no listing
            double points = 100 - 5 * per100 - 20 * 0.5 - 10 / 3.0;
            assertThat(graded.points()).isCloseTo(Math.round(points * 10) / 10.0, within(1e-9));
            assertThat(graded.grade()).isEqualTo(points >= 90 ? org.tiaojie.casework.statistics.CreditGrade.AAA
                    : points >= 80 ? org.tiaojie.casework.statistics.CreditGrade.AA
                    : points >= 70 ? org.tiaojie.casework.statistics.CreditGrade.A
                    : points >= 60 ? org.tiaojie.casework.statistics.CreditGrade.B
                    : points >= 40 ? org.tiaojie.casework.statistics.CreditGrade.C
                    : org.tiaojie.casework.statistics.CreditGrade.BLACKLIST);
        }
        // an administrator's rule must keep its grades in order; a stale form is refused
        login("admin");
        var rule = rankings.rule();
        var v = rule.values();
        assertThatThrownBy(() -> rankings.saveRule(new org.tiaojie.casework.statistics.CreditRule.Values(v.basePoints(),
                v.perComplaintRate(), v.overdueWeight(), v.disagreementWeight(), v.perListing(), v.aaMin(), v.aaaMin(),
                v.aMin(), v.bMin(), v.blacklistBelow(), v.blacklistListings()), rule.version()))
                .hasMessageStartingWith("等级分数线须满足");
        assertThatThrownBy(() -> rankings.saveRule(v, rule.version() + 1)).hasMessage("信用评价规则已被他人修改，请刷新后重试。");
        login("duban");

        // the demo district, as its supervisors see it over the longest period a dashboard covers
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        everyFigureEqualsWhatItsDrillDownLists(statistics.dashboard(today.minusMonths(36), today),
                today.minusMonths(36), today);

        // a bad period is refused; a mediator has no dashboard
        assertThatThrownBy(() -> statistics.dashboard(TO, FROM)).hasMessage("统计期间的结束日期不能早于开始日期。");
        assertThatThrownBy(() -> statistics.dashboard(FROM, FROM.plusYears(4))).hasMessage("统计期间最长 36 个月。");
        login("shequ");
        assertThatThrownBy(() -> statistics.dashboard(FROM, TO)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * One definition per figure (docs/decisions/018): the dashboard's count of each figure, and of each
     * breakdown line, is the number of disputes its drill-down lists, page by page.
     */
    private void everyFigureEqualsWhatItsDrillDownLists(Dashboard board, LocalDate from, LocalDate to) {
        for (Figure f : Figure.values()) {
            long listed = 0;
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (int offset = 0; ; offset += 500) {
                List<DisputeRow> page = statistics.disputes(f, null, from, to, offset, 500);
                page.forEach(r -> seen.add(r.id()));
                listed += page.size();
                if (page.size() < 500) {
                    break;
                }
            }
            assertThat(listed).as(f + " lists its disputes once each").isEqualTo(seen.size());
            assertThat(board.kpis().count(f)).as(f + " on the dashboard").isEqualTo(listed);
            assertThat(statistics.count(f, null, from, to)).as(f + " counted").isEqualTo(listed);
        }
        for (Breakdown line : board.categories()) {
            assertThat(statistics.count(Figure.INTAKE, new Slice(Dimension.CATEGORY, line.key()), from, to))
                    .as("category " + line.label()).isEqualTo(line.intake());
            assertThat(statistics.count(Figure.CLOSED, new Slice(Dimension.CATEGORY, line.key()), from, to))
                    .as("closed, category " + line.label()).isEqualTo(line.closed());
        }
        for (Breakdown line : board.tiers()) {
            assertThat(statistics.count(Figure.AGREED, new Slice(Dimension.TIER, line.key()), from, to))
                    .as("tier " + line.key()).isEqualTo(line.agreed());
        }
        for (Breakdown line : board.areas()) {
            if (!line.key().isEmpty()) {
                assertThat(statistics.count(Figure.INTAKE, new Slice(Dimension.AREA, line.key()), from, to))
                        .as("area " + line.label()).isEqualTo(line.intake());
            }
        }
        for (Breakdown line : board.months()) {
            assertThat(statistics.count(Figure.CLOSED_ON_TIME, new Slice(Dimension.MONTH, line.key()), from, to))
                    .as("month " + line.key()).isEqualTo(line.closedOnTime());
        }
    }
}
