package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DeadlineSweep;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.supervision.SupervisionLevel;
import org.tiaojie.casework.supervision.SupervisionRow;
import org.tiaojie.casework.supervision.SupervisionQueryService;
import org.tiaojie.casework.supervision.SupervisionService;
import org.tiaojie.casework.supervision.SupervisionState;
import org.tiaojie.casework.supervision.SupervisionStep;
import org.tiaojie.casework.supervision.SupervisionTrigger;

/**
 * 督办 on every supported database: issued by hand with its notice data, progress and 报结 by the
 * responsible organisation, a failed and a passed verification, delisting; the triggers (领导批示
 * at intake, repeat complaints, a missed deadline whose policy supervises) each issue once.
 */
abstract class SupervisionScenarios extends DemoDistrictScenarios {

    @Autowired org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired SupervisionService supervisions;
    @Autowired SupervisionQueryService supervisionQueries;
    @Autowired DeadlineSweep sweep;


    static LocalDate today() {
        return LocalDate.now(CaseworkConfiguration.ZONE);
    }

    /**
     * A new compound of its own in the community of mediator shequ, so that no other test's or the
     * demo's disputes count as repeats there.
     */
    long freshCompound() {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long id = 900_000_000L + Math.floorMod(System.nanoTime(), 90_000_000L);
        jdbc.update("insert into compound (id, community_id, name, households, version) values (?, ?, ?, 300, 0)", id,
                community, "测试苑" + id);
        return id;
    }

    /** A new 12345 case at {@code compound} from {@code phone}. */
    long newCase(String category, long compound, String phone, boolean leader) {
        long categoryId = jdbc.queryForObject("select id from dispute_category where code = ?", Long.class, category);
        long id = registration.registerAs(NewCase.of(Channel.HOTLINE_12345).ref("GD-SUP-" + System.nanoTime())
                .category(categoryId).in(compound).description("电梯长期故障无人维修")
                .caller("褚测试", phone).leader(leader).build(), "huawu",
                Instant.now()).getId();
        settled(); // intake supervision is issued after the registration commits
        return id;
    }

    static String phone() {
        return "1990" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
    }

    List<SupervisionRow> ofDispute(long id) {
        login("duban");
        try {
            return supervisionQueries.forDispute(id);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    SupervisionRow reload(long supervision) {
        return supervisionQueries.find(supervision);
    }

    @Test
    void aSupervisorIssuesTheMediatorReportsAFailedVerificationRelistsAndAPassedOneIsDelisted() {
        long id = newCase("ELEVATOR", freshCompound(), phone(), false);
        assertThat(ofDispute(id)).isEmpty();
        login("duban");
        long shequOrg = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        var options = supervisionQueries.responsibleOptionsForDispute(id);
        assertThat(options.getFirst().id()).isEqualTo(shequOrg);
        // bad input changes nothing
        assertThatThrownBy(() -> supervisions.issueOnDispute(id, new SupervisionService.IssueForm(SupervisionLevel.STREET,
                " ", "按期办结", today().plusDays(5), shequOrg, null))).hasMessageContaining("督办事由");
        assertThatThrownBy(() -> supervisions.issueOnDispute(id, new SupervisionService.IssueForm(SupervisionLevel.STREET,
                "群众反映强烈", "按期办结", today(), shequOrg, null))).hasMessage("办结时限须晚于今天。");
        assertThat(jdbc.queryForObject("select count(*) from supervision where dispute_id = ?", Long.class, id)).isZero();

        long sid = supervisions.issueOnDispute(id, new SupervisionService.IssueForm(SupervisionLevel.STREET,
                "群众反映强烈，电梯停运两周", "三日内恢复电梯运行并报送维修情况", today().plusDays(7), shequOrg, "李包保 副主任"));
        SupervisionRow s = reload(sid);
        assertThat(s.noticeNumber()).matches("（\\d{4}）督字第\\d{5}号");
        assertThat(s.state()).isEqualTo(SupervisionState.ISSUED);
        assertThat(s.responsibleName()).isNotBlank();
        assertThat(s.leader()).isEqualTo("李包保 副主任");
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_history where dispute_id = ? and activity = 'SUPERVISION_ISSUED'""",
                Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where message_key = 'supervision.notify.issued' and dispute_id = ?""",
                Long.class, id)).isPositive();
        // the same level again is refused; a higher one raises the open supervision
        assertThatThrownBy(() -> supervisions.issueOnDispute(id, new SupervisionService.IssueForm(
                SupervisionLevel.STREET, "再次督办", "按期办结", today().plusDays(3), shequOrg, null)))
                .hasMessage("该事项已在街道督办中，只能提高督办级别。");
        assertThat(supervisions.issueOnDispute(id, new SupervisionService.IssueForm(SupervisionLevel.DISTRICT,
                "区领导关注", "按期办结", today().plusDays(3), shequOrg, null))).isEqualTo(sid);
        assertThat(reload(sid).level()).isEqualTo(SupervisionLevel.DISTRICT);

        // only the responsible organisation reports; a stale screen is refused
        login("jiedao");
        SupervisionRow current = s;
        assertThatThrownBy(() -> supervisions.report(sid, current.version(), "已联系维保单位"))
                .isInstanceOf(AccessDeniedException.class);
        login("shequ");
        long v = supervisionQueries.find(sid).version();
        assertThatThrownBy(() -> supervisions.report(sid, v + 1, "已联系维保单位"))
                .hasMessage("该督办事项已被他人更新，请刷新后重试。");
        supervisions.report(sid, v, "已联系维保单位，配件在途");
        assertThat(supervisionQueries.find(sid).state()).isEqualTo(SupervisionState.ISSUED);
        // a mediator neither urges nor records an interview
        assertThatThrownBy(() -> supervisions.urge(sid, supervisionQueries.find(sid).version(), "请抓紧"))
                .isInstanceOf(AccessDeniedException.class);

        // 催办 and 约谈 by the supervisor while it is handled: steps of the record, the room told, nothing else moves
        login("duban");
        long before = supervisionQueries.find(sid).version();
        assertThatThrownBy(() -> supervisions.urge(sid, before, " ")).hasMessageContaining("催办要求");
        assertThatThrownBy(() -> supervisions.interview(sid, before, new SupervisionService.InterviewForm(
                "物业项目经理 冯某", today().plusDays(1), "要求三日内修复"))).hasMessage("约谈日期不能晚于今天：请在约谈后记录。");
        assertThatThrownBy(() -> supervisions.interview(sid, before, new SupervisionService.InterviewForm(
                " ", today(), "要求三日内修复"))).hasMessageContaining("约谈对象");
        assertThat(supervisionQueries.steps(sid)).hasSize(3);
        supervisions.urge(sid, before, "请于时限前修复电梯并报送情况");
        supervisions.interview(sid, before, new SupervisionService.InterviewForm("青溪物业 项目经理 冯某", today(),
                "要求三日内完成主板更换并书面报告"));
        assertThat(supervisionQueries.steps(sid)).last().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(SupervisionStep.INTERVIEWED);
            assertThat(r.counterpart()).isEqualTo("青溪物业 项目经理 冯某");
            assertThat(r.heldOn()).isEqualTo(today());
        });
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where message_key in ('supervision.notify.urged',
                  'supervision.notify.interviewed') and dispute_id = ?""", Long.class, id)).isGreaterThanOrEqualTo(2);
        assertThat(supervisionQueries.find(sid).state()).isEqualTo(SupervisionState.ISSUED);

        // 报结 is its own action; once reported done there is nothing left to urge
        login("shequ");
        assertThatThrownBy(() -> supervisions.reportDone(sid, supervisionQueries.find(sid).version(), " "))
                .hasMessageContaining("办结情况");
        supervisions.reportDone(sid, supervisionQueries.find(sid).version(), "电梯已修复并通过检验");
        login("duban");
        assertThatThrownBy(() -> supervisions.urge(sid, supervisionQueries.find(sid).version(), "请抓紧"))
                .hasMessage("督办事项当前为“已报结待验收”，无需催办。");
        login("shequ");
        assertThat(supervisionQueries.find(sid).state()).isEqualTo(SupervisionState.REPORTED);
        // a mediator does not verify
        assertThatThrownBy(() -> supervisions.verify(sid, supervisionQueries.find(sid).version(), true, "ok", null))
                .isInstanceOf(AccessDeniedException.class);

        login("duban");
        SupervisionRow reported = reload(sid);
        assertThatThrownBy(() -> supervisions.verify(sid, reported.version(), false, "仍有异响", null))
                .hasMessage("验收未通过时须重新确定办结时限。");
        assertThatThrownBy(() -> supervisions.delist(sid, reported.version(), "销号"))
                .hasMessageContaining("须验收通过后才能销号");
        supervisions.verify(sid, reported.version(), false, "现场检查仍有异响，需彻底维修", today().plusDays(10));
        SupervisionRow relisted = reload(sid);
        assertThat(relisted.state()).isEqualTo(SupervisionState.ISSUED);
        assertThat(relisted.relisted()).isEqualTo(1);
        assertThat(relisted.dueDate()).isEqualTo(today().plusDays(10));

        login("shequ");
        supervisions.reportDone(sid, supervisionQueries.find(sid).version(), "已更换曳引机，运行正常");
        login("duban");
        supervisions.verify(sid, reload(sid).version(), true, "现场验收合格", null);
        supervisions.delist(sid, reload(sid).version(), "整改到位，同意销号");
        SupervisionRow closed = reload(sid);
        assertThat(closed.state()).isEqualTo(SupervisionState.DELISTED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(supervisionQueries.steps(sid)).extracting(r -> r.kind()).containsExactly(SupervisionStep.ISSUED,
                SupervisionStep.RAISED, SupervisionStep.PROGRESS, SupervisionStep.URGED, SupervisionStep.INTERVIEWED,
                SupervisionStep.DONE, SupervisionStep.RELISTED,
                SupervisionStep.DONE, SupervisionStep.VERIFIED, SupervisionStep.DELISTED);
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, id)).isFalse();
        // closed, the dispute can be supervised anew
        long again = supervisions.issueOnDispute(id, new SupervisionService.IssueForm(SupervisionLevel.STREET,
                "再次出现故障", "按期办结", today().plusDays(5), shequOrg, null));
        assertThat(again).isNotEqualTo(sid);
        assertThat(supervisionQueries.count(SupervisionQueryService.Filter.open())).isPositive();
        assertThat(supervisionQueries.list(SupervisionQueryService.Filter.open(), 0, 500)).extracting(SupervisionRow::id)
                .contains(again).doesNotContain(sid);
    }

    @Test
    void triggersSuperviseALeadersInstructionAndRepeatComplaintsOnceEach() {
        long led = newCase("ELEVATOR", freshCompound(), phone(), true);
        assertThat(ofDispute(led)).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(SupervisionTrigger.LEADER_INSTRUCTION);
            assertThat(s.level()).isEqualTo(SupervisionLevel.DISTRICT);
            assertThat(s.issuedBy()).isEqualTo("system");
        });
        // the same caller a third time
        String caller = phone();
        long place = freshCompound();
        long first = newCase("SERVICE_QUALITY.CLEANING", place, caller, false);
        long second = newCase("PARKING", place, caller, false);
        assertThat(ofDispute(first)).isEmpty();
        assertThat(ofDispute(second)).isEmpty();
        long third = newCase("FIRE_LANE", place, caller, false);
        assertThat(ofDispute(third)).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(SupervisionTrigger.REPEAT_COMPLAINTS);
            assertThat(s.reason()).contains("同一来电人累计反映 3 次");
        });
        // three of one kind at one compound within 30 days, from three callers
        long other = freshCompound();
        newCase("ELEVATOR", other, phone(), false);
        long kind2 = newCase("ELEVATOR", other, phone(), false);
        assertThat(ofDispute(kind2)).isEmpty();
        long kind3 = newCase("ELEVATOR", other, phone(), false);
        assertThat(ofDispute(kind3)).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(SupervisionTrigger.REPEAT_COMPLAINTS);
            assertThat(s.reason()).contains("30日内", "3 件");
        });
    }

    @Autowired org.tiaojie.casework.intake.WorkOrderImportService imports;

    @Test
    void anImportBatchIsSupervisedTogetherFromTheThirdOfAKindWithConsecutiveNumbers() {
        long compound = freshCompound();
        String name = jdbc.queryForObject("select name from compound where id = ?", String.class, compound);
        String run = Long.toString(System.nanoTime(), 36);
        List<org.tiaojie.casework.intake.ImportLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // four lift complaints from four callers, then a leader's instruction about parking
            lines.add(new org.tiaojie.casework.intake.ImportLine(i + 2, new org.tiaojie.casework.intake.WorkOrder(
                    "IMP-SUP-" + run + "-" + i, "褚导入", phone(), name, null, i < 4 ? "ELEVATOR" : "PARKING",
                    "电梯停运第" + i + "次反映", 1, null, false, i == 4, false), List.of()));
        }
        login("huawu");
        List<Long> ids = imports.importAll(lines, n -> { }).stream()
                .map(org.tiaojie.casework.intake.ImportOutcome::disputeId).toList();
        SecurityContextHolder.clearContext();
        settled();

        // the first two of a kind are no repeats, although the decision runs after the whole batch committed
        assertThat(ofDispute(ids.get(0))).isEmpty();
        assertThat(ofDispute(ids.get(1))).isEmpty();
        SupervisionRow third = ofDispute(ids.get(2)).getFirst();
        assertThat(third.trigger()).isEqualTo(SupervisionTrigger.REPEAT_COMPLAINTS);
        assertThat(third.reason()).contains("3 件");
        SupervisionRow led = ofDispute(ids.get(4)).getFirst();
        // the fourth of the kind is counted under the third's supervision (one per subject), not supervised again
        assertThat(ofDispute(ids.get(3))).isEmpty();
        assertThat(jdbc.queryForObject("select complaints from supervision where id = ?", Integer.class, third.id()))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ? and reason like ?",
                Long.class, ids.get(3), "%" + third.noticeNumber() + "%")).isOne();
        assertThat(led.trigger()).isEqualTo(SupervisionTrigger.LEADER_INSTRUCTION);
        // numbered together: consecutive, in the file's order; the counted complaint took no number
        List<Long> numbers = java.util.stream.Stream.of(third, led).map(s -> Long.parseLong(
                s.noticeNumber().replaceAll(".*第(\\d+)号", "$1"))).toList();
        assertThat(numbers).containsExactly(numbers.get(0), numbers.get(0) + 1);
        // each supervised dispute is marked and its timeline names the notice; nothing issued twice
        for (int i : new int[] {2, 4}) {
            assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, ids.get(i)))
                    .isTrue();
            assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ? and reason like ?",
                    Long.class, ids.get(i), "%督字%")).isOne();
            assertThat(ofDispute(ids.get(i))).hasSize(1);
        }
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, ids.get(0)))
                .isFalse();
        // 重复投诉率 (docs/DOMAIN.md, Figures): the third and fourth of the kind are repeat complaints, the first two not,
        // and the supervisor's REPEATS drill-down lists exactly those of the batch
        assertThat(ids.stream().map(id -> jdbc.queryForObject("select repeat_complaint from dispute where id = ?",
                Boolean.class, id)).toList()).containsExactly(false, false, true, true, false);
        login("duban");
        LocalDate day = today();
        List<Long> listed = new java.util.ArrayList<>();
        long repeats = statistics.count(org.tiaojie.casework.statistics.Figure.REPEATS, null, day, day);
        for (int offset = 0; offset < repeats; offset += 500) {
            statistics.disputes(org.tiaojie.casework.statistics.Figure.REPEATS, null, day, day, offset, 500)
                    .forEach(r -> listed.add(r.id()));
        }
        SecurityContextHolder.clearContext();
        assertThat(listed).hasSize((int) repeats).contains(ids.get(2), ids.get(3))
                .doesNotContain(ids.get(0), ids.get(1), ids.get(4));
    }

    @Autowired org.tiaojie.casework.statistics.StatisticsService statistics;

    @Autowired org.tiaojie.casework.intake.WorkOrderService workOrders;
    @Autowired org.tiaojie.casework.intake.RepeatCalls repeatCalls;
    @Autowired org.tiaojie.casework.dispute.ContactMerging merging;

    /**
     * Issue #27: twenty 12345 orders from one caller about one leak are one matter — one dispute with the further
     * orders as contacts (并单, each answered as created with its own number and reply due time), one 督办 raised as
     * the calls accumulate, at most ten notices in all; the merge can be undone.
     */
    @Test
    void twentyOrdersFromOneCallerAboutOneLeakAreOneMatterWithOneSupervision() {
        long compound = freshCompound();
        String name = jdbc.queryForObject("select name from compound where id = ?", String.class, compound);
        String caller = phone();
        String run = Long.toString(System.nanoTime(), 36);
        List<org.tiaojie.casework.intake.WorkOrderService.Submitted> answers = new java.util.ArrayList<>();
        ruleOn(true); // the default
        login("huawu");
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(workOrders.submit(order("LEAK-" + run + "-" + i, caller, name,
                        "楼上卫生间漏水，我家天花板渗水，第" + (i + 1) + "次来电")));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        settled();
        assertThat(answers).allSatisfy(a -> assertThat(a.created()).isTrue());
        assertThat(answers).extracting(org.tiaojie.casework.intake.WorkOrderService.Submitted::disputeId)
                .containsOnly(answers.getFirst().disputeId());
        long matter = answers.getFirst().disputeId();
        assertThat(jdbc.queryForObject("select count(*) from dispute where compound_id = ?", Long.class, compound))
                .isOne();
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, matter))
                .isEqualTo(19);
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_contact where dispute_id = ? and by_rule = true and reply_due_at is not null
                  and external_ref like ?""", Long.class, matter, "LEAK-" + run + "-%")).isEqualTo(19);
        // one supervision of the caller's matter, raised to 区级督办 as the calls accumulated
        assertThat(ofDispute(matter)).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(SupervisionTrigger.REPEAT_COMPLAINTS);
            assertThat(s.level()).isEqualTo(SupervisionLevel.DISTRICT);
        });
        assertThat(jdbc.queryForObject("select count(*) from notification where dispute_id = ?", Long.class, matter))
                .isBetween(1L, 10L);
        // the matter's timeline names its supervision once: the calls counted on it add no line of their own
        assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ? and reason like ?",
                Long.class, matter, "%督字%")).isOne();

        login("huawu");
        try {
            // each order is answered under its own number; a retry is the same order, other words a conflict
            var status = workOrders.status("LEAK-" + run + "-7").orElseThrow();
            assertThat(status.disputeId()).isEqualTo(matter);
            assertThat(status.mergedAt()).isNotNull();
            assertThat(status.replyDueAt()).isAfter(status.mergedAt());
            assertThat(workOrders.submit(order("LEAK-" + run + "-7", caller, name, "楼上卫生间漏水，我家天花板渗水，第8次来电"))
                    .created()).isFalse();
            assertThatThrownBy(() -> workOrders.submit(order("LEAK-" + run + "-7", caller, name, "另一件事")))
                    .isInstanceOf(org.tiaojie.casework.intake.WorkOrderService.Conflict.class);
            // the mediator undoes one merge: the order becomes a case of its own, linked, and keeps its number
            long contact = jdbc.queryForObject("select id from dispute_contact where external_ref = ?", Long.class,
                    "LEAK-" + run + "-7");
            long own = repeatCalls.split(matter, contact);
            assertThat(workOrders.status("LEAK-" + run + "-7").orElseThrow().disputeId()).isEqualTo(own);
            assertThat(workOrders.submit(order("LEAK-" + run + "-7", caller, name, "楼上卫生间漏水，我家天花板渗水，第8次来电"))
                    .disputeId()).isEqualTo(own);
            assertThatThrownBy(() -> repeatCalls.split(matter, contact)).isInstanceOf(CaseworkException.class);
            assertThat(merging.contactsOf(matter)).hasSize(19).filteredOn(c -> c.splitTo() != null).singleElement()
                    .satisfies(c -> assertThat(c.splitTo()).isEqualTo(own));
        } finally {
            SecurityContextHolder.clearContext();
        }
        settled();
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, matter))
                .isEqualTo(18);
        assertThat(jdbc.queryForObject("select count(*) from dispute_link where dispute_id = ? and related_id = ?",
                Long.class, jdbc.queryForObject("select id from dispute where external_ref = ?", Long.class,
                        "LEAK-" + run + "-7"), matter)).isOne();
    }

    /** Switched off, every order is a case of its own again; the screen alone suggests merging. */
    @Test
    void theRepeatCallRuleCanBeSwitchedOff() {
        long compound = freshCompound();
        String name = jdbc.queryForObject("select name from compound where id = ?", String.class, compound);
        String caller = phone();
        login("admin");
        var rule = repeatCalls.settings();
        assertThatThrownBy(() -> repeatCalls.update(rule.version(), true, 0, 85)).isInstanceOf(CaseworkException.class);
        assertThatThrownBy(() -> repeatCalls.update(rule.version(), true, 30, 40)).isInstanceOf(CaseworkException.class);
        repeatCalls.update(rule.version(), false, rule.windowDays(), rule.similarPercent());
        try {
            login("huawu");
            long a = workOrders.submit(order("OFF-" + System.nanoTime(), caller, name, "报修漏水无人上门")).disputeId();
            long b = workOrders.submit(order("OFF-" + System.nanoTime(), caller, name, "报修漏水无人上门")).disputeId();
            assertThat(a).isNotEqualTo(b);
        } finally {
            login("admin");
            repeatCalls.update(repeatCalls.settings().version(), rule.enabled(), rule.windowDays(), rule.similarPercent());
            SecurityContextHolder.clearContext();
        }
        settled();
    }

    /** Of a caller's open matters at one compound and category, a call is kept on the one whose words it repeats. */
    @Test
    void aCallGoesToTheCallersMatterWhoseWordsItRepeats() {
        long compound = freshCompound();
        String caller = phone();
        long category = jdbc.queryForObject("select id from dispute_category where code = 'SERVICE_QUALITY.REPAIR'",
                Long.class);
        Instant earlier = Instant.now().minusSeconds(3600);
        long leak = registration.registerAs(org.tiaojie.casework.fixture.NewCase.of(Channel.HOTLINE_12345)
                .ref("GD-W-" + System.nanoTime()).category(category).in(compound)
                .description("楼上卫生间漏水，我家客厅天花板渗水发霉").caller("褚测试", caller).build(), "huawu", earlier)
                .getId();
        long gate = registration.registerAs(org.tiaojie.casework.fixture.NewCase.of(Channel.HOTLINE_12345)
                .ref("GD-W-" + System.nanoTime()).category(category).in(compound)
                .description("小区东门道闸坏了一周，车辆进出排长队").caller("褚测试", caller).build(), "huawu", Instant.now())
                .getId();
        settled();
        login("huawu");
        try {
            var call = new NewDispute(Channel.HOTLINE_12345, null, category, compound, "客厅天花板又渗水了，楼上漏水没人修",
                    null, 1, "褚测试", caller, false, false, false, List.of());
            assertThat(repeatCalls.matterOf(call, Instant.now()).orElseThrow().disputeId()).isEqualTo(leak);
            var other = new NewDispute(Channel.HOTLINE_12345, null, category, compound, "东门道闸还是坏的", null, 1,
                    "褚测试", caller, false, false, false, List.of());
            assertThat(repeatCalls.matterOf(other, Instant.now()).orElseThrow().disputeId()).isEqualTo(gate);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Switches the repeat-call rule on or off as the administrator. */
    void ruleOn(boolean on) {
        login("admin");
        var rule = repeatCalls.settings();
        repeatCalls.update(rule.version(), on, rule.windowDays(), rule.similarPercent());
        SecurityContextHolder.clearContext();
    }

    private static org.tiaojie.casework.intake.WorkOrder order(String number, String phone, String compound,
            String text) {
        return new org.tiaojie.casework.intake.WorkOrder(number, "褚来电", phone, compound, null, "SERVICE_QUALITY.REPAIR", text, 1,
                null, false, false, false, List.of());
    }

    @Test
    void anIntakeReviewDeliveredAgainIssuesNothingTwice() {
        long led = newCase("ELEVATOR", freshCompound(), phone(), true);
        assertThat(ofDispute(led)).hasSize(1);
        // as if the node had died before it marked the review handled: the stored event is read back and
        // handed to the listener again, which finds the notice issued
        assertThat(jdbc.update("""
                update EVENT_PUBLICATION set completion_date = null, status = 'PROCESSING'
                where listener_id like '%IntakeSupervision%' and serialized_event like ?""",
                "%\"disputeIds\":[" + led + "]%")).isOne();
        assertThat(publications.redeliverOlderThan(java.time.Duration.ZERO).publications()).isOne();
        settled();
        assertThat(ofDispute(led)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ? and reason like ?",
                Long.class, led, "%督字%")).isOne();
    }

    @Test
    void aRegistrationDoesNotWaitForTheDistrictsNoticeCounterAndItsSupervisionFollows() throws Exception {
        long compound = freshCompound();
        long district = jdbc.queryForObject("""
                select s.district_id from compound c join community m on m.id = c.community_id
                join street s on s.id = m.street_id where c.id = ?""", Long.class, compound);
        int year = LocalDate.now(CaseworkConfiguration.ZONE).getYear();
        if (jdbc.queryForObject("select count(*) from supervision_counter where district_id = ? and notice_year = ?",
                Long.class, district, year) == 0) {
            jdbc.update("insert into supervision_counter (district_id, notice_year, last_number) values (?, ?, 0)",
                    district, year);
        }
        long led;
        // another transaction holds the district's notice counter (a sweep numbering its notices, say)
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var lock = c.prepareStatement(
                    "select last_number from supervision_counter where district_id = ? and notice_year = ? for update")) {
                lock.setLong(1, district);
                lock.setInt(2, year);
                lock.executeQuery().close();
            }
            // a leader's instruction registers all the same, and is not yet supervised
            long categoryId = jdbc.queryForObject("select id from dispute_category where code = 'ELEVATOR'", Long.class);
            led = registration.registerAs(NewCase.of(Channel.HOTLINE_12345).ref("GD-SUP-" + System.nanoTime())
                    .category(categoryId).in(compound).description("电梯困人，区领导批示督办")
                    .caller("褚测试", phone()).leader(true).build(),
                    "huawu", Instant.now()).getId();
            assertThat(jdbc.queryForObject("select count(*) from dispute where id = ?", Long.class, led)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from supervision where dispute_id = ?", Long.class, led))
                    .isZero();
            c.rollback();
        }
        // once the counter is free the notice follows, numbered, on the timeline, the dispute marked
        settled();
        assertThat(ofDispute(led)).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(SupervisionTrigger.LEADER_INSTRUCTION);
            assertThat(s.noticeNumber()).matches("（" + year + "）督字第\\d{5}号");
        });
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, led)).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_history where dispute_id = ? and activity = 'SUPERVISION_ISSUED'""",
                Long.class, led)).isOne();
    }

    @Test
    void aMissedDeadlineWhosePolicySupervisesIsSupervisedOnceHoweverOftenTheSweepRuns() {
        long id = newCase("ELEVATOR", freshCompound(), phone(), false);
        Instant now = Instant.now();
        jdbc.update("""
                update dispute_clock set started_at = ?, due_at = ?, warn_at = ?, overdue_action = 'SUPERVISE', warned_at = ?
                where dispute_id = ? and state = 'RUNNING'""", java.sql.Timestamp.from(now.minusSeconds(10_800)),
                java.sql.Timestamp.from(now.minusSeconds(3600)), java.sql.Timestamp.from(now.minusSeconds(7200)),
                java.sql.Timestamp.from(now.minusSeconds(7000)), id);
        sweep.sweep(now, 500);
        sweep.sweep(now.plusSeconds(60), 500);
        assertThat(ofDispute(id)).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(SupervisionTrigger.OVERDUE);
            assertThat(s.reason()).contains("届满");
        });
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void aCompoundIsSupervisedInTheSupervisorsAreaOnlyAndNotTwice() {
        login("duban");
        long compound = freshCompound();
        var responsible = supervisionQueries.responsibleOptions(compound);
        long sid = supervisions.issueOnCompound(compound, new SupervisionService.IssueForm(SupervisionLevel.STREET,
                "小区消防通道长期被占用", "一周内清理并建立巡查制度", today().plusDays(7), responsible.getFirst().id(), null));
        assertThat(reload(sid).subject()).isEqualTo(org.tiaojie.casework.supervision.Supervision.Subject.COMPOUND);
        assertThat(reload(sid).caseNumber()).isNull();
        assertThatThrownBy(() -> supervisions.issueOnCompound(compound, new SupervisionService.IssueForm(
                SupervisionLevel.STREET, "再次", "再次", today().plusDays(7), responsible.getFirst().id(), null)))
                .isInstanceOf(CaseworkException.class);
        // a clerk follows nothing
        login("fayuan");
        assertThatThrownBy(() -> supervisionQueries.find(sid)).isInstanceOf(AccessDeniedException.class);
    }
}
