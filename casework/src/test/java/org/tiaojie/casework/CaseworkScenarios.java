package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.demo.DemoDataGenerator;
import org.tiaojie.casework.organisation.Jurisdiction;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * What casework must do on every supported database. Subclasses pick the database:
 * H2 (the embedded default) and a real MySQL-family server.
 */
abstract class CaseworkScenarios {

    @Autowired PlaceService places;
    @Autowired DemoDataGenerator demo;
    @Autowired AccountService accounts;
    @Autowired DisputeQueryService queries;
    @Autowired DisputeService disputes;
    @Autowired org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired CalendarService calendar;
    @Autowired DataSource dataSource;
    @Autowired org.tiaojie.casework.shared.EventPublications publications;
    @Autowired EventRecorder events;
    @Autowired org.tiaojie.casework.dispute.RoutingService routing;
    @Autowired org.tiaojie.casework.dispute.DeadlineSweep sweep;

    @BeforeEach
    void demoDistrict() {
        synchronized (CaseworkScenarios.class) {
            if (places.isEmpty()) {
                demo.generate(200);
            }
        }
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    AuthenticatedUser login(String username) {
        AuthenticatedUser user = Logins.as(accounts, username);
        return user;
    }

    @Test
    void migrationsSeedTheOfficialCalendarAndCategories() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from calendar_day where provisional = false", Integer.class))
                .isEqualTo(72);
        // 全国年节及纪念日放假办法 Art. 2 and 6: the next two years hold the law's provisional days off from start-up
        int thisYear = java.time.LocalDate.now(org.tiaojie.casework.deadline.DeadlineCalculator.ZONE).getYear();
        for (int year = thisYear + 1; year <= thisYear + 2; year++) {
            assertThat(jdbc.queryForObject("select count(*) from calendar_day where provisional = true and cal_date >= ?"
                    + " and cal_date <= ?", Integer.class, java.time.LocalDate.of(year, 1, 1),
                    java.time.LocalDate.of(year, 12, 31))).as("provisional days of " + year).isBetween(13, 20);
            assertThat(calendar.calendar().covers(java.time.LocalDate.of(year, 6, 1))).isFalse();
        }
        assertThat(calendar.calendar().isWorkingDay(java.time.LocalDate.of(2027, 1, 1))).as("元旦 2027").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from dispute_category where parent_id is null", Integer.class))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject("select name from dispute_category where code = 'MAINTENANCE_FUND'", String.class))
                .isEqualTo("专项维修资金");
        assertThat(calendar.calendar().isWorkingDay(java.time.LocalDate.of(2026, 2, 14))).isTrue();
    }

    @Test
    void communityMediatorSeesOnlyTheirCommunity() {
        AuthenticatedUser mediator = login("shequ");
        assertThat(mediator.jurisdiction().level()).isEqualTo(Jurisdiction.Level.COMMUNITY);
        List<DisputeRow> page = queries.page(DisputeFilter.all(), DisputeSort.REGISTERED_DESC, 0, 500);
        assertThat(page).isNotEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long otherCommunityDispute = jdbc.queryForObject(
                "select min(id) from dispute where community_id <> ?", Long.class, mediator.jurisdiction().id());
        Long ownCount = jdbc.queryForObject("select count(*) from dispute where community_id = ?", Long.class,
                mediator.jurisdiction().id());
        // the first page of at most 500 (a history import may have put thousands in the community)
        assertThat((long) page.size()).isEqualTo(Math.min(ownCount, 500));
        assertThat(page).extracting(DisputeRow::id).doesNotContain(otherCommunityDispute);
        assertThat(queries.count(DisputeFilter.all())).isEqualTo(ownCount);
        assertThatThrownBy(() -> queries.find(otherCommunityDispute)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void streetSeesItsCommunitiesAndDistrictSeesAll() {
        login("jiedao");
        long street = queries.count(DisputeFilter.all());
        login("quwei");
        long district = queries.count(DisputeFilter.all());
        login("shequ");
        long community = queries.count(DisputeFilter.all());
        assertThat(district).isEqualTo(new JdbcTemplate(dataSource).queryForObject("select count(*) from dispute", Long.class));
        assertThat(street).isLessThan(district).isGreaterThan(community);
    }

    @Test
    void pagingOnAfterTheLastRowGivesTheSameListAsPagingByOffset() {
        // no registration of an earlier test still being reviewed (its row changing) between two pages
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        for (String user : List.of("jiedao", "shequ")) {
            login(user);
            for (DisputeFilter filter : List.of(DisputeFilter.all(), DisputeFilter.open().ownOrganisation())) {
                for (DisputeSort sort : DisputeSort.values()) {
                    // by offset, 500 (a page's most) at a time: a street holds more than one such page
                    List<Long> byOffset = new ArrayList<>();
                    for (List<DisputeRow> rows = queries.page(filter, sort, 0, 500); !rows.isEmpty();
                            rows = queries.page(filter, sort, byOffset.size(), 500)) {
                        rows.forEach(r -> byOffset.add(r.id()));
                    }
                    List<Long> byKey = new ArrayList<>();
                    List<DisputeRow> page = queries.page(filter, sort, 0, 7, null);
                    while (!page.isEmpty()) {
                        page.forEach(r -> byKey.add(r.id()));
                        page = queries.page(filter, sort, byKey.size(), 7, page.getLast());
                    }
                    if (filter.equals(DisputeFilter.all())) {
                        assertThat(byOffset).as(sort.name()).hasSizeGreaterThan(7);
                    }
                    assertThat(byKey).as(user + " " + sort.name()).isEqualTo(byOffset);
                }
            }
        }
    }

    @Test
    void dueRangesCountWhatTheDueDaysSay() {
        AuthenticatedUser mediator = login("shequ");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String sql = "select count(*) from dispute where community_id = ? and organisation_id = ? and is_open = true "
                + "and due_date is not null";
        Object[] area = {mediator.jurisdiction().id(), mediator.organisationId()};
        DisputeFilter queue = DisputeFilter.open().ownOrganisation();
        assertThat(queries.count(queue.withDueBetween(null, today)))
                .isEqualTo(jdbc.queryForObject(sql + " and due_date < ?", Long.class, area[0], area[1], today));
        assertThat(queries.count(queue.withDueBetween(today, today.plusDays(3)))).isEqualTo(jdbc.queryForObject(
                sql + " and due_date >= ? and due_date < ?", Long.class, area[0], area[1], today, today.plusDays(3)));
        long later = queries.count(queue.withDueBetween(today.plusDays(3), null));
        assertThat(later).isEqualTo(jdbc.queryForObject(sql + " and due_date >= ?", Long.class, area[0], area[1],
                today.plusDays(3)));
        // disputes without a running clock are in none of the ranges, but in the queue
        assertThat(queries.count(queue)).isGreaterThanOrEqualTo(later + queries.count(queue.withDueBetween(null,
                today.plusDays(3))));
    }

    @Test
    void aCategoryFilterTakesTheCategoryAndItsSubcategories() {
        login("duban");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long parent = jdbc.queryForObject("""
                select p.id from dispute_category p join dispute_category c on c.parent_id = p.id
                join dispute d on d.category_id = c.id group by p.id order by count(*) desc limit 1""", Long.class);
        long expected = jdbc.queryForObject("""
                select count(*) from dispute d join dispute_category c on c.id = d.category_id
                where c.id = ? or c.parent_id = ?""", Long.class, parent, parent);
        long child = jdbc.queryForObject("select min(c.id) from dispute_category c join dispute d on d.category_id = c.id"
                + " where c.parent_id = ?", Long.class, parent);
        assertThat(expected).isPositive();
        assertThat(queries.count(DisputeFilter.all().withCategory(parent))).isEqualTo(expected);
        assertThat(queries.page(DisputeFilter.all().withCategory(parent), DisputeSort.REGISTERED_DESC, 0, 500))
                .hasSize((int) Math.min(500, expected));
        assertThat(queries.count(DisputeFilter.all().withCategory(child))).isEqualTo(jdbc.queryForObject(
                "select count(*) from dispute where category_id = ?", Long.class, child));
        assertThat(queries.count(DisputeFilter.all().withCategory(987_654_321L))).isZero();
    }

    @Test
    void courtSeesOnlyWhatWasReferredToIt() {
        login("fayuan");
        List<DisputeRow> referred = queries.page(DisputeFilter.all(), DisputeSort.REGISTERED_DESC, 0, 500);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long expected = jdbc.queryForObject("select count(*) from dispute where court_id is not null", Long.class);
        assertThat(expected).isPositive();
        assertThat((long) referred.size()).isEqualTo(expected);
    }

    @Test
    void servicesRefuseUsersWithoutTheRole() {
        login("shequ");
        assertThatThrownBy(() -> accounts.findUsers(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.delete(java.time.LocalDate.of(2026, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> queries.count(DisputeFilter.all())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void caseNumbersFromConcurrentRegistrationsHaveNoGapsOrDuplicates() throws Exception {
        login("huawu");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long compound = jdbc.queryForObject("select min(id) from compound", Long.class);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'SERVICE_QUALITY.CLEANING'",
                Long.class);
        int threads = 16;
        int each = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> futures = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < threads * each; i++) {
            Callable<String> task = () -> registration.registerAs(NewCase.of(Channel.WALK_IN).category(category).in(compound)
                    .description("楼道保洁不及时，测试并发登记").amount(BigDecimal.ZERO).caller("测试", null)
                    .build(), "huawu", now)
                    .getCaseNumber();
            futures.add(pool.submit(task));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<String> f : futures) {
            numbers.add(f.get());
        }
        pool.shutdown();
        assertThat(numbers).hasSize(threads * each);
        List<Integer> sequence = numbers.stream()
                .map(n -> Integer.parseInt(n.substring(n.indexOf('第') + 1, n.indexOf('号')))).sorted().toList();
        for (int i = 1; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).as("no gap").isEqualTo(sequence.get(i - 1) + 1);
        }
    }

    @Test
    void badInputIsRefusedInChineseAndSavesNothing() {
        login("huawu");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before = jdbc.queryForObject("select count(*) from dispute", Long.class);
        long compound = jdbc.queryForObject("select min(id) from compound", Long.class);
        assertThatThrownBy(() -> registration.register(NewCase.of(Channel.WALK_IN).category(1).in(compound).description("  ").build()))
                .isInstanceOf(CaseworkException.class).hasMessage("请填写纠纷简要情况。");
        assertThat(jdbc.queryForObject("select count(*) from dispute", Long.class)).isEqualTo(before);
    }

    private long anyCompound() {
        return new JdbcTemplate(dataSource).queryForObject("select min(id) from compound", Long.class);
    }

    private long cleaningCategory() {
        return new JdbcTemplate(dataSource).queryForObject(
                "select id from dispute_category where code = 'SERVICE_QUALITY.CLEANING'", Long.class);
    }

    @Test
    void theSameWorkOrderSentConcurrentlyGivesOneDispute() throws Exception {
        AuthenticatedUser operator = login("huawu");
        String ref = "GD-IDEMPOTENT-" + System.nanoTime();
        NewDispute order = NewCase.of(Channel.HOTLINE_12345).ref(ref).category(cleaningCategory())
                .in(anyCompound()).description("楼道垃圾三天未清运").caller("测试来电人", "19900001234")
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> {
                Logins.as(operator);
                try {
                    return registration.register(order);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<Long> f : results) {
            ids.add(f.get());
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from dispute where external_ref = ?", Long.class, ref)).isEqualTo(1);
    }

    @Test
    void twoMediatorsChangingOneCaseAtOnceGiveOneConflictAndNoLostUpdate() throws Exception {
        AuthenticatedUser mediator = login("shequ");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long id = jdbc.queryForObject("select min(id) from dispute where state = 'REGISTERED' and organisation_id = ?",
                Long.class, mediator.organisationId());
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
        long historyBefore = jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ?", Long.class, id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(pool.submit(() -> {
                Logins.as(mediator);
                try {
                    disputes.accept(id, version);
                    return "ok";
                } catch (CaseworkException e) {
                    return e.getMessage();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).containsOnlyOnce("ok");
        assertThat(results).anySatisfy(m -> assertThat(m).startsWith("该案件已被 钱调解（湖畔社区） 于 ").endsWith("修改，请刷新后再操作。"));
        assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ?", Long.class, id))
                .isEqualTo(historyBefore + 1);
        assertThat(jdbc.queryForObject("select state from dispute where id = ?", String.class, id)).isEqualTo("ACCEPTED");
    }

    @Test
    void partiesAreCheckedAndAWrongIdNumberSavesNothing() {
        login("huawu");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long before = jdbc.queryForObject("select count(*) from dispute", Long.class);
        NewDispute bad = NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(anyCompound())
                .description("邻里噪音纠纷").partyCount(2)
                .parties(List.of(org.tiaojie.casework.dispute.PartyDetails.person(org.tiaojie.casework.dispute.PartyRole.APPLICANT, "王测试", "110105194912310021", null, null)))
                .build();
        assertThatThrownBy(() -> registration.register(bad)).hasMessage("身份证号码校验位不正确，请核对。");
        assertThat(jdbc.queryForObject("select count(*) from dispute", Long.class)).isEqualTo(before);

        NewDispute good = NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(anyCompound())
                .description("邻里噪音纠纷").partyCount(2)
                .parties(List.of(org.tiaojie.casework.dispute.PartyDetails.person(org.tiaojie.casework.dispute.PartyRole.APPLICANT, "王测试", "11010519491231002X", "13800001111", "测试路1号"), org.tiaojie.casework.dispute.PartyDetails.company(org.tiaojie.casework.dispute.PartyRole.RESPONDENT, "测试物业有限公司", "91350100M000100Y43", "李法人", null, null)))
                .build();
        long id = registration.register(good);
        assertThat(jdbc.queryForObject("select gender from dispute_party where dispute_id = ? and role = 'APPLICANT'",
                String.class, id)).isEqualTo("FEMALE");
        assertThat(jdbc.queryForObject("select count(*) from dispute_party where dispute_id = ?", Long.class, id))
                .isEqualTo(2);
    }

    @Test
    void stateChangesAreDeliveredAsEventsAfterCommitAndRecordedInTheOutbox() throws Exception {
        AuthenticatedUser operator = login("huawu");
        long id = registration.register(NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(anyCompound())
                .description("小区绿化带被占用种菜").caller("测试", null).build());
        assertThat(events.await(id, 1)).singleElement().isInstanceOfSatisfying(
                org.tiaojie.casework.dispute.DisputeEvent.DisputeRegistered.class,
                e -> assertThat(e.actor()).isEqualTo(operator.username()));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long organisation = jdbc.queryForObject("select organisation_id from dispute where id = ?", Long.class, id);
        String mediator = jdbc.queryForObject("""
                select min(u.username) from app_user u join app_user_role r on r.user_id = u.id
                where u.organisation_id = ? and r.role = 'MEDIATOR'""", String.class, organisation);
        login(mediator);
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
        disputes.accept(id, version);
        assertThat(events.await(id, 2)).hasSize(2).last()
                .isInstanceOf(org.tiaojie.casework.dispute.DisputeEvent.DisputeAccepted.class);
        // a refused move publishes nothing
        assertThatThrownBy(() -> disputes.agree(id, version + 1)).isInstanceOf(CaseworkException.class);
        Thread.sleep(200);
        assertThat(events.of(id)).hasSize(2);
        // the registry recorded each publication for the listener and completed it
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && jdbc.queryForObject("""
                select count(*) from EVENT_PUBLICATION where completion_date is null""", Long.class) > 0) {
            Thread.sleep(20);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from EVENT_PUBLICATION where completion_date is not null
                and listener_id like '%EventRecorder%' and serialized_event like ?""", Long.class,
                "%\"disputeId\":" + id + ",%"))
                .isEqualTo(2);
    }

    @Test
    void aPublicationLeftIncompleteByANodeThatDiedIsDeliveredAgainByTheRedelivery() throws Exception {
        login("huawu");
        long id = registration.register(NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(anyCompound())
                .description("单元门禁损坏多日").caller("测试", null).build());
        assertThat(events.await(id, 1)).hasSize(1);
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        // as if the node had died while the listener worked: the publication is stored but not completed
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.update("""
                update EVENT_PUBLICATION set completion_date = null, status = 'PROCESSING'
                where listener_id like '%EventRecorder%' and serialized_event like ?""",
                "%\"disputeId\":" + id + ",%")).isOne();
        assertThat(publications.outstanding()).isOne();
        assertThat(publications.redeliverOlderThan(java.time.Duration.ofHours(1)).publications()).isZero();
        assertThat(publications.redeliverOlderThan(java.time.Duration.ZERO).publications()).isOne();
        assertThat(events.await(id, 2)).hasSize(2).allMatch(
                e -> e instanceof org.tiaojie.casework.dispute.DisputeEvent.DisputeRegistered);
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();

        // handled publications are kept a week, then deleted; recent ones stay
        String ofThisCase = "%\"disputeId\":" + id + ",%";
        long recent = jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is not null",
                Long.class);
        assertThat(jdbc.update("""
                update EVENT_PUBLICATION set completion_date = ?, publication_date = ?
                where listener_id like '%EventRecorder%' and serialized_event like ?""",
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(8))),
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(8))), ofThisCase)).isOne();
        assertThat(publications.redeliverOlderThan(java.time.Duration.ofMinutes(5), java.time.Duration.ofDays(7)))
                .isEqualTo(new org.tiaojie.casework.shared.EventPublications.Redelivered(0, 7));
        assertThat(jdbc.queryForObject("""
                select count(*) from EVENT_PUBLICATION where listener_id like '%EventRecorder%'
                and serialized_event like ?""", Long.class, ofThisCase)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where completion_date is not null",
                Long.class)).isEqualTo(recent - 1);
    }

    @Test
    void aSecondCallIsMergedAsAContactAndRepeatsAreLinked() {
        login("huawu");
        long first = registration.register(NewCase.of(Channel.HOTLINE_12345).ref("GD-MERGE-" + System.nanoTime())
                .category(cleaningCategory()).in(anyCompound()).description("地下车库漏水")
                .caller("李先生", "19900002222").build());
        disputes.mergeContact(first, Channel.HOTLINE_12345, "GD-MERGE-2-" + System.nanoTime(), "李先生", "19900002222",
                "再次来电：车库漏水仍未处理");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, first)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select content from dispute_contact where dispute_id = ?", String.class, first))
                .isEqualTo("再次来电：车库漏水仍未处理");
        long second = registration.register(NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(anyCompound())
                .description("同一车库漏水问题，另一业主申请").caller("赵女士", null).build());
        disputes.link(second, first, org.tiaojie.casework.dispute.DisputeLink.Kind.REPEAT, "同一问题重复投诉");
        disputes.link(second, first, org.tiaojie.casework.dispute.DisputeLink.Kind.REPEAT, "再点一次也只记一次");
        assertThat(jdbc.queryForObject("select count(*) from dispute_link where dispute_id = ? and related_id = ?",
                Long.class, second, first)).isEqualTo(1);
        assertThatThrownBy(() -> disputes.link(first, first, null, null)).hasMessage("案件不能与自身关联。");
    }

    @Test
    void everyClockOfADisputeIsShownWithItsStatus() {
        login("huawu");
        long id = registration.register(NewCase.of(Channel.HOTLINE_12345).ref("GD-CLOCK-" + System.nanoTime())
                .category(cleaningCategory()).in(anyCompound()).description("楼道灯坏了一个月")
                .caller("孙先生", "19900003333").build());
        var clocks = queries.clocks(id);
        assertThat(clocks).extracting(org.tiaojie.casework.dispute.ClockView::kind).containsExactlyInAnyOrder(
                org.tiaojie.casework.deadline.ClockKind.SIGN_FOR, org.tiaojie.casework.deadline.ClockKind.PLATFORM_REPLY);
        assertThat(clocks).allMatch(c -> c.state() == org.tiaojie.casework.deadline.ClockState.RUNNING);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select due_date from dispute where id = ?", java.sql.Date.class, id).toLocalDate())
                .isEqualTo(clocks.getFirst().dueAt().atZone(org.tiaojie.casework.deadline.DeadlineCalculator.ZONE)
                        .minusNanos(1).toLocalDate());
    }

    @Test
    void routingThresholdsAreTheAdministrators() {
        login("admin");
        var before = routing.view();
        assertThatThrownBy(() -> routing.update(before.version(), 10, new BigDecimal("50000"), 8, true, true))
                .hasMessage("街道起始人数至少为 2，区级起始人数须大于街道起始人数。");
        routing.update(before.version(), 4, before.streetAmount(), before.districtPartyCount(), true, true);
        try {
            login("huawu");
            long id = registration.register(NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(anyCompound())
                    .description("四户业主反映楼道堆物").partyCount(4).caller("钱先生", null).build());
            assertThat(new JdbcTemplate(dataSource).queryForObject("select tier from dispute where id = ?", String.class, id))
                    .isEqualTo("STREET");
        } finally {
            login("admin");
            var now = routing.view();
            routing.update(now.version(), before.streetPartyCount(), before.streetAmount(), before.districtPartyCount(),
                    true, true);
        }
    }

    @Test
    void pagingOnAfterTheLastRowFindsDisputesMonthsAndYearsApart() {
        // a keyset page first looks a week, then sixteen weeks beyond its key, then without bound
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        AuthenticatedUser mediator = login("shequ");
        var community = places.community(mediator.jurisdiction().id());
        long compound = places.addCompound(community, "翻页之苑" + System.nanoTime(), "fyzy", "翻页路1号", 120, null).getId();
        int[] daysAgo = {0, 1, 2, 5, 9, 20, 60, 100, 130, 200, 400, 800, 801};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < daysAgo.length; i++) {
            ids.add(registration.register(NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(compound)
                    .description("楼道堆物第" + i + "次反映").caller("翻页测试人", null).build()));
        }
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        Instant now = Instant.now();
        for (int i = 0; i < daysAgo.length; i++) {
            jdbc.update("update dispute set registered_at = ? where id = ?",
                    java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(daysAgo[i]))), ids.get(i));
        }
        DisputeFilter filter = DisputeFilter.all().withCompound(compound);
        for (DisputeSort sort : List.of(DisputeSort.REGISTERED_DESC, DisputeSort.REGISTERED_ASC)) {
            List<Long> byKey = new ArrayList<>();
            List<DisputeRow> page = queries.page(filter, sort, 0, 3, null);
            while (!page.isEmpty()) {
                page.forEach(r -> byKey.add(r.id()));
                page = queries.page(filter, sort, byKey.size(), 3, page.getLast());
            }
            List<Long> expected = sort == DisputeSort.REGISTERED_DESC ? ids : ids.reversed();
            assertThat(byKey).as(sort.name()).isEqualTo(expected);
            assertThat(queries.page(filter, sort, 0, 50).stream().map(DisputeRow::id).toList()).isEqualTo(expected);
        }
    }

    @Test
    void aChangeAnotherNodeCommitsIsAppliedHereWithinASecond() throws Exception {
        // another node's administrator: the row and the reference number moved on in one transaction
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        login("huawu");
        NewDispute fourOwners = NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(anyCompound())
                .description("四户业主反映楼道堆物（另一节点改了门槛）").partyCount(4).caller("钱先生", null).build();
        String tierBefore = jdbc.queryForObject("select tier from dispute where id = ?", String.class,
                registration.register(fourOwners));
        assertThat(tierBefore).isEqualTo("COMMUNITY");
        int streetPartyCount = jdbc.queryForObject("select street_party_count from routing_rule", Integer.class);
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support
                .TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
        tx.executeWithoutResult(s -> {
            jdbc.update("update routing_rule set street_party_count = 4, version = version + 1");
            jdbc.update("update reference_version set version = version + 1");
        });
        try {
            Thread.sleep(1_100);
            assertThat(jdbc.queryForObject("select tier from dispute where id = ?", String.class,
                    registration.register(fourOwners))).isEqualTo("STREET");
        } finally {
            tx.executeWithoutResult(s -> {
                jdbc.update("update routing_rule set street_party_count = ?, version = version + 1", streetPartyCount);
                jdbc.update("update reference_version set version = version + 1");
            });
        }
        Thread.sleep(1_100);
        assertThat(jdbc.queryForObject("select tier from dispute where id = ?", String.class,
                registration.register(fourOwners))).isEqualTo("COMMUNITY");
    }

    private static Instant beijing(int month, int day, int hour) {
        return java.time.LocalDateTime.of(2026, month, day, hour, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void theSweepAnnouncesEachDeadlineOnceAcrossTheSpringFestival() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, org);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        // a 12345 order on Friday 2026-02-13 at 16:00: sign for by the end of Saturday 02-14 (调休上班),
        // reply within 7 working days: the end of 03-02, warned from 02-27
        long id = registration.registerAs(NewCase.of(Channel.HOTLINE_12345).ref("GD-SWEEP-" + System.nanoTime())
                .category(cleaningCategory()).in(compound).description("春节前报修：单元门禁损坏")
                .caller("吴先生", "19900006666").build(), "huawu", beijing(2, 13, 16)).getId();
        // the sign-for clock speaks its own words (deadline.warning.SIGN_FOR); the reply clock the general ones
        String count = "select count(*) from notification where dispute_id = ? and message_key like concat(?, '%')";
        // nobody is assigned yet: the room's head hears of the case's clocks (or, without a head, every mediator)
        long mediators = jdbc.queryForObject("select count(*) from organisation where id = ? and head_user_id is not null",
                Long.class, org) == 1 ? 1 : jdbc.queryForObject("""
                select count(*) from app_user u join app_user_role r on r.user_id = u.id
                where u.organisation_id = ? and r.role = 'MEDIATOR'""", Long.class, org);

        // issue 23: a clock is never 临期 at its start — the one-day sign-for clock warns on its last day
        sweep.sweep(beijing(2, 13, 17), 50);
        assertThat(jdbc.queryForObject(count, Long.class, id, "deadline.warning")).isZero();
        sweep.sweep(beijing(2, 14, 8), 50);
        sweep.sweep(beijing(2, 14, 8), 50);
        assertThat(jdbc.queryForObject(count, Long.class, id, "deadline.warning")).isEqualTo(mediators);

        sweep.sweep(beijing(2, 15, 10), 50); // the sign-for day has passed
        sweep.sweep(beijing(2, 20, 10), 50); // the holiday: nothing new
        assertThat(jdbc.queryForObject(count, Long.class, id, "deadline.overdue")).isEqualTo(mediators);
        assertThat(jdbc.queryForObject(count, Long.class, id, "deadline.warning")).isEqualTo(mediators);

        sweep.sweep(beijing(2, 26, 23), 50); // three working days left: not yet
        assertThat(jdbc.queryForObject(count, Long.class, id, "deadline.warning")).isEqualTo(mediators);
        sweep.sweep(beijing(2, 27, 8), 50);
        assertThat(jdbc.queryForObject(count, Long.class, id, "deadline.warning")).isEqualTo(2 * mediators);
        sweep.sweep(beijing(3, 3, 8), 50);
        sweep.sweep(beijing(3, 3, 9), 50);
        assertThat(jdbc.queryForObject(count, Long.class, id, "deadline.overdue")).isEqualTo(2 * mediators);
        assertThat(jdbc.queryForObject(
                "select count(*) from dispute_clock where dispute_id = ? and overdue_at is null and state = 'RUNNING'",
                Long.class, id)).isZero();
    }

    @Test
    void anOverdueMediationPutsTheDisputeUnderSupervision() {
        AuthenticatedUser mediator = login("shequ");
        long compound = new JdbcTemplate(dataSource).queryForObject(
                "select min(id) from compound where community_id = ?", Long.class, mediator.jurisdiction().id());
        login("huawu");
        long id = registration.register(NewCase.of(Channel.WALK_IN).category(cleaningCategory()).in(compound)
                .description("绿化带长期无人修剪").caller("郑女士", null).build());
        login("shequ");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        disputes.accept(id, jdbc.queryForObject("select version from dispute where id = ?", Long.class, id));
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, id)).isFalse();
        Instant due = jdbc.queryForObject(
                "select due_at from dispute_clock where dispute_id = ? and kind = 'MEDIATION'", java.sql.Timestamp.class, id)
                .toInstant();
        var result = sweep.sweep(due.plusSeconds(3600), 500);
        assertThat(result.overdue()).isPositive();
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void twoNodesSweepingAtOnceAnnounceEveryDeadlineExactlyOnce() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, org);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        String tag = "GD-TWO-NODES-" + System.nanoTime() + "-";
        for (int i = 0; i < 30; i++) {
            registration.registerAs(NewCase.of(Channel.HOTLINE_12345).ref(tag + i).category(cleaningCategory())
                    .in(compound).description("两节点巡查测试工单 " + i).caller("测试", "19900007777")
                    .urgent(i % 3 == 0).build(),
                    "huawu", beijing(4, 1, 9).plusSeconds(600L * i));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int step = 0; step < 12; step++) {
            Instant now = beijing(4, 1, 10).plus(java.time.Duration.ofHours(8L * step));
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> sweep.sweep(now, 7)));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            runs.clear();
        }
        nodes.shutdown();
        String mine = "select id from dispute where external_ref like '" + tag + "%'";
        assertThat(jdbc.queryForList("""
                select n.dispute_id, n.message_key, n.message_args, n.recipient_id from notification n
                where n.dispute_id in (%s)
                group by n.dispute_id, n.message_key, n.message_args, n.recipient_id having count(*) > 1""".formatted(mine)))
                .as("no notice twice").isEmpty();
        Instant last = beijing(4, 1, 10).plus(java.time.Duration.ofHours(88));
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id in (%s) and state = 'RUNNING'
                and ((warn_at <= ? and warned_at is null) or (due_at <= ? and overdue_at is null))""".formatted(mine),
                Long.class, java.sql.Timestamp.from(last), java.sql.Timestamp.from(last)))
                .as("none missed").isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where dispute_id in (" + mine + ")", Long.class))
                .isPositive();
    }

    /**
     * A day off added to the calendar moves every running clock whose last day it was, after the
     * change commits: the clock's ledger, the case's timeline (届满日由…调整为…), the list's due date;
     * the administrator is told how many moved. Removing the day moves them back.
     */
    @Test
    void aDayOffAddedToTheCalendarMovesTheRunningClocksOverItWithALineInTheirTimeline() {
        login("huawu");
        long id = registration.register(NewCase.of(Channel.HOTLINE_12345).ref("GD-RECOUNT-" + System.nanoTime())
                .category(cleaningCategory()).in(anyCompound()).description("小区东门道闸损坏")
                .caller("钱先生", "19900004444").build());
        assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.time.Instant before = jdbc.queryForObject("select due_at from dispute_clock where dispute_id = ? and kind = "
                + "'PLATFORM_REPLY'", java.sql.Timestamp.class, id).toInstant();
        java.time.LocalDate lastDay = org.tiaojie.casework.deadline.DeadlineCalculator.lastDayOf(before);
        long admin = login("admin").userId();
        String told = "select count(*) from notification where recipient_id = ? and message_key = 'calendar.recounted'";
        long inbox = jdbc.queryForObject(told, Long.class, admin);
        calendar.save(lastDay, org.tiaojie.casework.calendar.DayKind.HOLIDAY, "测试停工日", null);
        try {
            assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
            java.time.LocalDate moved = calendar.calendar().onOrNextWorkingDay(lastDay.plusDays(1));
            java.time.Instant after = jdbc.queryForObject("select due_at from dispute_clock where dispute_id = ? and kind"
                    + " = 'PLATFORM_REPLY'", java.sql.Timestamp.class, id).toInstant();
            assertThat(after).isEqualTo(org.tiaojie.casework.deadline.DeadlineCalculator.endOf(moved));
            assertThat(jdbc.queryForObject("select reason from dispute_history where dispute_id = ? and activity = "
                    + "'DEADLINE_RECOUNTED'", String.class, id)).isEqualTo("12345办结反馈：届满日由 " + lastDay + " 调整为 "
                    + moved + "（工作日历 " + lastDay + " 变更）");
            assertThat(jdbc.queryForObject("select count(*) from clock_event e join dispute_clock c on c.id = e.clock_id "
                    + "where c.dispute_id = ? and e.type = 'RECOUNT'", Long.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForObject(told, Long.class, admin)).isEqualTo(inbox + 1);
        } finally {
            calendar.delete(lastDay);
            assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        }
        assertThat(jdbc.queryForObject("select due_at from dispute_clock where dispute_id = ? and kind = 'PLATFORM_REPLY'",
                java.sql.Timestamp.class, id).toInstant()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ? and activity = "
                + "'DEADLINE_RECOUNTED'", Long.class, id)).isEqualTo(2);
    }

    /**
     * 录入国务院通知: a year's notice replaces its provisional days, 调休 working weekends included, and
     * the year counts as announced (its clocks no longer say 按暂定节假日计算).
     */
    @Test
    void aYearsNoticeReplacesItsProvisionalDaysAndTheYearCountsAsAnnounced() {
        int year = java.time.LocalDate.now(org.tiaojie.casework.deadline.DeadlineCalculator.ZONE).getYear() + 2;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var stored = jdbc.queryForList("select cal_date, kind, name, provisional from calendar_day where cal_date >= ? "
                + "and cal_date <= ?", java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31));
        login("admin");
        assertThat(calendar.year(year).announced()).isFalse();
        java.time.LocalDate saturday = java.time.LocalDate.of(year, 9, 1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
        var days = new java.util.ArrayList<org.tiaojie.casework.calendar.NoticeDay>();
        org.tiaojie.casework.calendar.StatutoryHolidays.of(year).forEach(d -> days.add(
                new org.tiaojie.casework.calendar.NoticeDay(d.date(), org.tiaojie.casework.calendar.DayKind.HOLIDAY, d.name())));
        days.add(new org.tiaojie.casework.calendar.NoticeDay(saturday, org.tiaojie.casework.calendar.DayKind.WORKDAY,
                "国庆节调休上班"));
        try {
            assertThatThrownBy(() -> calendar.enterNotice(year, " ", days)).hasMessageContaining("请填写通知名称");
            var otherYear = new java.util.ArrayList<>(days);
            otherYear.add(new org.tiaojie.casework.calendar.NoticeDay(java.time.LocalDate.of(year + 1, 1, 1),
                    org.tiaojie.casework.calendar.DayKind.HOLIDAY, "元旦"));
            assertThatThrownBy(() -> calendar.enterNotice(year, "通知", otherYear)).hasMessageContaining("不属于");
            assertThat(calendar.year(year).announced()).as("a refused notice stores nothing").isFalse();

            calendar.enterNotice(year, "国务院办公厅关于" + year + "年部分节假日安排的通知", days);
            var row = calendar.year(year);
            assertThat(row.announced()).isTrue();
            assertThat(row.enteredByName()).isEqualTo(jdbc.queryForObject(
                    "select display_name from app_user where username = 'admin'", String.class));
            assertThat(row.workdays()).isEqualTo(1);
            assertThat(calendar.daysOfYear(year)).noneMatch(org.tiaojie.casework.calendar.CalendarDayRow::provisional);
            assertThat(calendar.calendar().covers(saturday)).isTrue();
            assertThat(calendar.calendar().isWorkingDay(saturday)).isTrue();
        } finally {
            // back to the provisional year the other scenarios expect
            jdbc.update("delete from calendar_day where cal_date >= ? and cal_date <= ?", java.time.LocalDate.of(year, 1, 1),
                    java.time.LocalDate.of(year, 12, 31));
            for (var r : stored) {
                jdbc.update("insert into calendar_day (cal_date, kind, name, provisional, version) values (?, ?, ?, ?, 0)",
                        r.get("cal_date"), r.get("kind"), r.get("name"), r.get("provisional"));
            }
            jdbc.update("update calendar_year set notice = null, entered_at = null, entered_by = null where cal_year = ?", year);
            jdbc.update("update reference_version set version = version + 1 where id = 1");
            assertThat(publications.awaitSettled(java.time.Duration.ofSeconds(30))).isTrue();
        }
    }

    /**
     * Issue 23's checks on the demo district, as it stands after start-up: the calendar holds the next
     * two years; no finished case has a running 12345 clock; no day-counted clock turned 临期 at its
     * start; no 司法确认 window without a written agreement; no running working-day clock falls due on a
     * day off. (A case a court's decision closed may still owe its 12345 reply: the court does not wait.)
     */
    @Test
    void theDemoDistrictKeepsTheClockRulesOfTheLaw() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int thisYear = java.time.LocalDate.now(org.tiaojie.casework.deadline.DeadlineCalculator.ZONE).getYear();
        assertThat(jdbc.queryForObject("select count(*) from calendar_year where cal_year in (?, ?)", Integer.class,
                thisYear + 1, thisYear + 2)).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock c join dispute d on d.id = c.dispute_id
                where c.kind = 'PLATFORM_REPLY' and c.state <> 'STOPPED'
                  and d.state in ('CLOSED', 'REVISITED', 'ARCHIVED', 'REJECTED', 'TRANSFERRED')
                  and (d.closure_type is null or d.closure_type <> 'COURT_OUTCOME')
                  and not exists (select 1 from dispute_history h where h.dispute_id = d.id
                                  and h.activity = 'COURT_DECIDED')""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where unit <> 'HOURS' and warn_at <= started_at""", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock c where c.kind = 'JUDICIAL_CONFIRMATION'
                and not exists (select 1 from agreement a where a.dispute_id = c.dispute_id and a.kind = 'WRITTEN'
                                and a.effective_on is not null)""", Long.class)).isZero();
        var calendarNow = calendar.calendar();
        // the demo's own compounds: tests that set a clock's times by hand work on compounds of their own
        List<java.sql.Timestamp> dues = jdbc.queryForList("""
                select c.due_at from dispute_clock c join dispute d on d.id = c.dispute_id
                where c.state = 'RUNNING' and c.unit <> 'HOURS' and d.compound_id < 900000000""",
                java.sql.Timestamp.class);
        assertThat(dues).isNotEmpty().allSatisfy(due -> assertThat(calendarNow.isWorkingDay(
                org.tiaojie.casework.deadline.DeadlineCalculator.lastDayOf(due.toInstant()))).as(due.toString()).isTrue());
    }

    /** From 1 November, next year's notice is due until it is entered; one reminder a day, whichever node sends it. */
    @Test
    void administratorsAreRemindedFromTheFirstOfNovemberOncePerDay() {
        int thisYear = java.time.LocalDate.now(org.tiaojie.casework.deadline.DeadlineCalculator.ZONE).getYear();
        // next year holds provisional days only: due from 1 November of this year, not before
        assertThat(calendar.noticeDueOn(java.time.LocalDate.of(thisYear, 10, 31))).isEmpty();
        assertThat(calendar.noticeDueOn(java.time.LocalDate.of(thisYear, 11, 1))).contains(thisYear + 1);
        assertThat(calendar.noticeDueOn(java.time.LocalDate.of(thisYear, 12, 31))).contains(thisYear + 1);
        // 2026 is announced (its notice is seeded): nothing was due in November 2025
        assertThat(calendar.noticeDueOn(java.time.LocalDate.of(2025, 11, 15))).isEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("update calendar_year set reminded_on = null where cal_year = ?", thisYear + 1);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        Boolean first = tx.execute(s -> calendar.claimReminder(thisYear + 1));
        Boolean second = tx.execute(s -> calendar.claimReminder(thisYear + 1));
        assertThat(first).isTrue();
        assertThat(second).as("once a day").isFalse();
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;
}
