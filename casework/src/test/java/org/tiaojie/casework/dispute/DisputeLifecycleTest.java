package org.tiaojie.casework.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.calendar.WorkingCalendarTestSupport;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DeadlinePolicy;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Community;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.District;
import org.tiaojie.casework.place.Street;
import org.tiaojie.casework.shared.CaseworkException;

/** Every move of docs/DOMAIN.md's lifecycle on the aggregate, with its clocks, without a database. */
class DisputeLifecycleTest {

    private final DeadlineCalculator calc = new DeadlineCalculator(new WorkingCalendar(WorkingCalendarTestSupport.seed()));
    private final ClockRules rules = new ClockRules() {
        @Override
        public DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, Tier tier, boolean urgent) {
            return switch (kind) {
                case SIGN_FOR -> new DeadlinePolicy.Terms(1L, 1, DurationUnit.WORKING_DAYS, 1, 0, 0);
                case PLATFORM_REPLY -> urgent ? new DeadlinePolicy.Terms(3L, 2, DurationUnit.HOURS, 30, 0, 0)
                        : new DeadlinePolicy.Terms(2L, 7, DurationUnit.WORKING_DAYS, 2, 10, 1);
                case MEDIATION -> tier == Tier.COMMUNITY ? new DeadlinePolicy.Terms(6L, 10, DurationUnit.WORKING_DAYS, 2, 10, 1)
                        : new DeadlinePolicy.Terms(7L, 15, DurationUnit.WORKING_DAYS, 2, 15, 1);
                case JUDICIAL_CONFIRMATION -> new DeadlinePolicy.Terms(10L, 30, DurationUnit.CALENDAR_DAYS, 10, 0, 0);
                case RETURN_VISIT -> new DeadlinePolicy.Terms(9L, 5, DurationUnit.WORKING_DAYS, 2, 0, 0);
                case PETITION_ACCEPTANCE -> new DeadlinePolicy.Terms(4L, 15, DurationUnit.CALENDAR_DAYS, 3, 0, 0);
                case PETITION_HANDLING -> new DeadlinePolicy.Terms(5L, 60, DurationUnit.CALENDAR_DAYS, 5, 30, 1);
                case PETITION_REVIEW -> new DeadlinePolicy.Terms(18L, 30, DurationUnit.CALENDAR_DAYS, 5, 0, 0);
                case PETITION_RECHECK -> new DeadlinePolicy.Terms(19L, 30, DurationUnit.CALENDAR_DAYS, 5, 0, 0);
                case COURT_ACCEPTANCE -> new DeadlinePolicy.Terms(11L, 7, DurationUnit.CALENDAR_DAYS, 2, 0, 0);
                case CONFIRMATION_ACCEPTANCE -> new DeadlinePolicy.Terms(15L, 3, DurationUnit.CALENDAR_DAYS, 1, 0, 0);
                case CONFIRMATION_DECISION -> new DeadlinePolicy.Terms(16L, 15, DurationUnit.CALENDAR_DAYS, 3, 10, 1);
                case COURT_CORRECTION -> new DeadlinePolicy.Terms(13L, 5, DurationUnit.WORKING_DAYS, 1, 0, 0);
            };
        }

        @Override
        public DeadlineCalculator calculator() {
            return calc;
        }
    };

    private final District district = new District("QX", "青溪区");
    private final Street street = new Street(district, "翠湖街道");
    private final Community community = new Community(street, "湖畔社区");
    private final Compound compound = new Compound(community, "锦华苑", "jhy", "湖畔路1号", 800, null);
    private final Organisation room = new Organisation("湖畔社区物业纠纷调解室", OrganisationKind.COMMUNITY_MEDIATION_ROOM,
            district, street, community);
    private final Organisation centre = new Organisation("翠湖街道物业纠纷调解中心", OrganisationKind.STREET_MEDIATION_CENTRE,
            district, street, null);
    private final Organisation court = new Organisation("青溪区人民法院", OrganisationKind.COURT, district, null, null);
    private final DisputeCategory category = new DisputeCategory(null, "SERVICE_QUALITY", "物业服务质量");

    DisputeLifecycleTest() throws IOException {
    }

    static Instant at(int m, int d, int h) {
        return LocalDateTime.of(2026, m, d, h, 0).atZone(DeadlineCalculator.ZONE).toInstant();
    }

    private Dispute hotlineCall(boolean urgent, Instant now) {
        NewDispute input = NewCase.of(Channel.HOTLINE_12345).ref("GD1").category(1).in(1)
                .description("电梯困人").caller("王女士", "19900001111").urgent(urgent).build();
        return new Dispute("（2026）青溪湖畔社人调字第00001号", input, category, compound, room, Tier.COMMUNITY, rules, now,
                "huawu");
    }

    private DisputeClock clock(Dispute d, ClockKind kind) {
        return d.getClocks().stream().filter(c -> c.getKind() == kind && c.getState() != ClockState.STOPPED)
                .findFirst().orElseThrow();
    }

    @Test
    void aHotlineOrderStartsSignForAndPlatformReplyClocks() {
        Dispute d = hotlineCall(false, at(2, 13, 16));
        assertThat(d.getState()).isEqualTo(DisputeState.REGISTERED);
        assertThat(clock(d, ClockKind.SIGN_FOR).getDueAt()).isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2026, 2, 14)));
        assertThat(clock(d, ClockKind.PLATFORM_REPLY).getDueAt())
                .isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2026, 3, 2))); // 14, 24–28 and 3-02
        assertThat(d.getDueDate()).isEqualTo(java.time.LocalDate.of(2026, 2, 14));
        assertThat(d.getHistory()).hasSize(1);
    }

    @Test
    void anUrgentOrderMustBeAnsweredWithinTwoHours() {
        Dispute d = hotlineCall(true, at(3, 3, 21));
        assertThat(clock(d, ClockKind.PLATFORM_REPLY).getDueAt()).isEqualTo(at(3, 3, 23));
        assertThat(clock(d, ClockKind.PLATFORM_REPLY).status(at(3, 3, 23), calc)).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void theWholeWayFromCallToArchive() {
        Dispute d = hotlineCall(false, at(3, 2, 9));
        d.accept(rules, at(3, 2, 15), "shequ");
        assertThat(clock(d, ClockKind.MEDIATION).getTier()).isEqualTo(Tier.COMMUNITY);
        assertThat(d.getClocks()).filteredOn(c -> c.getKind() == ClockKind.SIGN_FOR)
                .allMatch(c -> c.getState() == ClockState.STOPPED);
        d.startMediation(at(3, 3, 9), "shequ");
        d.agree(rules, at(3, 5, 9), "shequ");
        // 人民调解法 Art. 33: no window until a written agreement takes effect; then 30 days from that day
        assertThat(d.getClocks()).noneMatch(c -> c.getKind() == ClockKind.JUDICIAL_CONFIRMATION);
        d.agreementTookEffect("第00001号", java.time.LocalDate.of(2026, 3, 5), rules, at(3, 5, 11), "shequ");
        // 30 days from 03-05 end on 04-04, in the Qingming holiday: the window closes at the end of 04-07,
        // and the reminder comes 10 days before, on 03-28
        assertThat(clock(d, ClockKind.JUDICIAL_CONFIRMATION).getDueAt())
                .isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2026, 4, 7)));
        assertThat(clock(d, ClockKind.JUDICIAL_CONFIRMATION).getWarnAt())
                .isEqualTo(java.time.LocalDate.of(2026, 3, 28).atStartOfDay(DeadlineCalculator.ZONE).toInstant());
        // a 12345 order is closed only after its final reply to the platform, which stops the reply clock
        assertThatThrownBy(() -> d.close(ClosureType.AGREEMENT, "协议已签订", rules, at(3, 6, 9), "shequ"))
                .hasMessage("12345工单须先向热线平台办结反馈，再办结案件。");
        d.replyToPlatform(true, "经调解双方已达成协议。", at(3, 6, 8), "shequ");
        d.close(ClosureType.AGREEMENT, "协议已签订", rules, at(3, 6, 9), "shequ");
        assertThat(clock(d, ClockKind.RETURN_VISIT).isRunning()).isTrue();
        assertThat(d.isOpen()).isFalse();
        d.revisit("回访满意", at(3, 9, 9), "shequ");
        d.archive(at(3, 10, 9), "shequ");
        assertThat(d.getState()).isEqualTo(DisputeState.ARCHIVED);
        assertThat(d.getHistory()).filteredOn(e -> e.getActivity() == null)
                .extracting(DisputeHistoryEntry::getToState).containsExactly(DisputeState.REGISTERED,
                DisputeState.ACCEPTED, DisputeState.IN_MEDIATION, DisputeState.AGREED, DisputeState.CLOSED,
                DisputeState.REVISITED, DisputeState.ARCHIVED);
        assertThat(d.getClocks()).allMatch(c -> c.getState() == ClockState.STOPPED);
    }

    @Test
    void aSuspensionPausesTheMediationClockAndGivesTheTimeBack() {
        Dispute d = hotlineCall(false, at(2, 2, 9));
        d.accept(rules, at(2, 2, 10), "shequ"); // 10 working days: due end of 2026-02-14 (调休上班)
        assertThat(clock(d, ClockKind.MEDIATION).getDueAt()).isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2026, 2, 14)));
        d.startMediation(at(2, 3, 9), "shequ");
        d.suspend("委托鉴定", at(2, 10, 9), "shequ");
        assertThat(clock(d, ClockKind.MEDIATION).getState()).isEqualTo(ClockState.PAUSED);
        assertThat(d.getDueDate()).as("the platform reply keeps running").isNotNull();
        d.resume(rules, at(2, 13, 9), "shequ", "鉴定完成");
        assertThat(d.getState()).isEqualTo(DisputeState.IN_MEDIATION);
        // 3 working days paused: 14 → holiday → 24, 25, 26
        assertThat(clock(d, ClockKind.MEDIATION).getDueAt()).isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2026, 2, 26)));
        assertThat(clock(d, ClockKind.MEDIATION).getLedger()).extracting(ClockEvent::getType)
                .containsExactly(ClockEvent.Type.START, ClockEvent.Type.PAUSE, ClockEvent.Type.RESUME);
    }

    @Test
    void extensionsStayWithinThePolicy() {
        Dispute d = hotlineCall(false, at(4, 1, 9));
        d.accept(rules, at(4, 1, 10), "shequ");
        assertThatThrownBy(() -> d.extendClock(ClockKind.MEDIATION, 11, "双方同意继续调解", rules, at(4, 2, 9), "shequ"))
                .hasMessageStartingWith("延期不能超过 10");
        assertThatThrownBy(() -> d.extendClock(ClockKind.MEDIATION, 5, " ", rules, at(4, 2, 9), "shequ"))
                .hasMessage("请填写延期理由。");
        Instant before = clock(d, ClockKind.MEDIATION).getDueAt();
        d.extendClock(ClockKind.MEDIATION, 5, "双方同意继续调解", rules, at(4, 2, 9), "shequ");
        assertThat(clock(d, ClockKind.MEDIATION).getDueAt()).isAfter(before);
        assertThatThrownBy(() -> d.extendClock(ClockKind.MEDIATION, 1, "再延", rules, at(4, 3, 9), "shequ"))
                .hasMessage("该时限已延期 1 次，不能再延期。");
        assertThatThrownBy(() -> d.extendClock(ClockKind.SIGN_FOR, 1, "理由", rules, at(4, 3, 9), "shequ"))
                .hasMessage("该时限未在计时，不能延期。");
    }

    @Test
    void anExtensionAfterExpiryIsRefused() {
        Dispute d = hotlineCall(false, at(4, 1, 9));
        assertThatThrownBy(() -> d.extendClock(ClockKind.PLATFORM_REPLY, 3, "情况复杂", rules, at(5, 30, 9), "huawu"))
                .hasMessage("时限已届满，延期须在届满前申请。");
    }

    @Test
    void failureEscalatesOneTierAndThenGoesToCourt() {
        Dispute d = hotlineCall(false, at(5, 6, 9));
        d.accept(rules, at(5, 6, 10), "shequ");
        d.startMediation(at(5, 7, 9), "shequ");
        assertThatThrownBy(() -> d.fail(" ", at(5, 8, 9), "shequ")).hasMessage("请填写理由。");
        d.fail("分歧较大", at(5, 8, 9), "shequ");
        d.escalate(centre, "上报街道", at(5, 8, 10), "shequ");
        assertThat(d.getTier()).isEqualTo(Tier.STREET);
        assertThat(d.getOrganisation()).isSameAs(centre);
        assertThat(d.getState()).isEqualTo(DisputeState.REGISTERED);
        d.accept(rules, at(5, 9, 9), "jiedao");
        assertThat(clock(d, ClockKind.MEDIATION).getTier()).isEqualTo(Tier.STREET);
        d.startMediation(at(5, 11, 9), "jiedao");
        d.fail("仍未达成一致", at(5, 12, 9), "jiedao");
        d.referToCourt(court, rules, at(5, 12, 10), "jiedao", "移送法院");
        assertThat(d.getCourt()).isSameAs(court);
        d.returnFromCourt("缺少调解笔录", rules, at(5, 13, 9), "fayuan");
        assertThat(d.getState()).isEqualTo(DisputeState.FAILED);
        // the mediator has a clock to complete the file; sending it again stops it
        assertThat(clock(d, ClockKind.COURT_CORRECTION).getState()).isEqualTo(ClockState.RUNNING);
        assertThat(d.getClocks()).filteredOn(c -> c.getKind() == ClockKind.COURT_ACCEPTANCE)
                .allMatch(c -> c.getState() == ClockState.STOPPED);
        d.referToCourt(court, rules, at(5, 14, 9), "jiedao", "补正后重新移送");
        assertThat(d.getClocks()).filteredOn(c -> c.getKind() == ClockKind.COURT_CORRECTION).singleElement()
                .matches(c -> c.getState() == ClockState.STOPPED);
        // the court's decision closes the case without waiting for the 12345 reply, which stays owed
        d.closeOnCourtDecision(ClosureType.COURT_OUTCOME, "裁定确认有效", rules, at(5, 20, 9), "fayuan");
        assertThat(clock(d, ClockKind.PLATFORM_REPLY).isRunning()).isTrue();
        assertThat(d.getClosureType()).isEqualTo(ClosureType.COURT_OUTCOME);
    }

    @Test
    void illegalMovesAreRefusedWithBothStatesNamed() {
        Dispute d = hotlineCall(false, at(6, 1, 9));
        assertThatThrownBy(() -> d.agree(rules, at(6, 1, 10), "shequ"))
                .isInstanceOf(CaseworkException.class).hasMessage("案件当前状态为“已登记”，不能变更为“达成协议”。");
        assertThatThrownBy(() -> d.close(ClosureType.AGREEMENT, null, rules, at(6, 1, 10), "shequ"))
                .hasMessage("案件当前状态为“已登记”，不能以“达成协议”方式办结。");
        assertThatThrownBy(() -> d.suspend("鉴定", at(6, 1, 10), "shequ")).hasMessage("案件当前状态为“已登记”，不能中止。");
        assertThatThrownBy(() -> d.escalate(court, "上报", at(6, 1, 10), "shequ"))
                .hasMessage("该案件已在最高调解层级，不能再上报，请移送法院或引导诉讼。");
        d.reject("不属于受理范围", at(6, 1, 11), "shequ");
        assertThatThrownBy(() -> d.accept(rules, at(6, 1, 12), "shequ"))
                .hasMessage("案件当前状态为“不予受理”，不能变更为“已受理”。");
        assertThat(d.getHistory()).hasSize(2);
        assertThat(d.getClocks()).allMatch(c -> c.getState() == ClockState.STOPPED);
    }

    @Test
    void transferOutAndReturnAreRecordedWithTheirReasons() {
        Dispute d = hotlineCall(false, at(6, 2, 9));
        assertThatThrownBy(() -> d.returnAndRedispatch(room, "不属本社区", at(6, 2, 10), "shequ"))
                .hasMessage("退单后须改派至其他组织。");
        d.returnAndRedispatch(centre, "涉及多个社区，请街道处理", at(6, 2, 10), "shequ");
        assertThat(d.getOrganisation()).isSameAs(centre);
        assertThat(d.getTier()).isEqualTo(Tier.STREET);
        assertThatThrownBy(() -> d.transferOut(" ", "违建", at(6, 2, 11), "jiedao")).hasMessage("请填写转办的职能部门。");
        d.transferOut("综合执法", "属违章搭建，转综合执法处理", at(6, 2, 11), "jiedao");
        assertThat(d.getState()).isEqualTo(DisputeState.TRANSFERRED);
        assertThat(d.getTransferredTo()).isEqualTo("综合执法");
        assertThat(d.getHistory()).extracting(DisputeHistoryEntry::getReason)
                .contains("涉及多个社区，请街道处理", "属违章搭建，转综合执法处理");
    }

    @Test
    void aDissatisfiedReturnVisitReopensTheCase() {
        Dispute d = hotlineCall(false, at(7, 1, 9));
        d.accept(rules, at(7, 1, 10), "shequ");
        d.replyToPlatform(true, "申请人撤回调解申请。", at(7, 2, 9), "shequ");
        d.close(ClosureType.WITHDRAWN, "申请人撤回", rules, at(7, 2, 10), "shequ");
        d.revisit("不满意", at(7, 3, 10), "shequ");
        d.reopen("回访不满意，重新办理", rules, at(7, 3, 11), "shequ");
        assertThat(d.getState()).isEqualTo(DisputeState.ACCEPTED);
        assertThat(d.getClocks()).filteredOn(c -> c.getKind() == ClockKind.MEDIATION && c.isRunning()).hasSize(1);
        assertThat(d.isOpen()).isTrue();
        assertThat(d.getClosureType()).isNull();
    }

    private static Instant at2026(int m, int d, int h) {
        return at(m, d, h);
    }

    @Test
    void aCalendarChangeMovesTheRunningWindowWithALineInTheTimelineAndOnlyOnce() throws IOException {
        // agreed 2026-12-02 on a calendar that knew nothing of 2027 (the state before issue 23): the 司法确认
        // window of 30 days fell on 2027-01-01 as if it were a plain Friday
        Dispute d = hotlineCall(false, at2026(11, 30, 9));
        d.accept(rules, at2026(11, 30, 15), "shequ");
        d.startMediation(at2026(12, 1, 9), "shequ");
        d.agree(rules, at2026(12, 2, 15), "shequ");
        d.agreementTookEffect("第00001号", java.time.LocalDate.of(2026, 12, 2), rules, at2026(12, 2, 16), "shequ");
        assertThat(clock(d, ClockKind.JUDICIAL_CONFIRMATION).getDueAt())
                .isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2027, 1, 1)));

        // the law's provisional days of 2027 are entered: 元旦 is a day off, the window ends on Monday 01-04
        DeadlineCalculator provisional = new DeadlineCalculator(WorkingCalendarTestSupport.withProvisional2027());
        assertThat(d.recountClocks(provisional, at2026(12, 3, 9), "system", "2027年起按法定节假日暂定计算")).isEqualTo(1);
        DisputeClock window = clock(d, ClockKind.JUDICIAL_CONFIRMATION);
        assertThat(window.getDueAt()).isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2027, 1, 4)));
        assertThat(window.isProvisional(provisional)).isTrue();
        assertThat(window.getWarnAt()).isEqualTo(java.time.LocalDate.of(2026, 12, 25).atStartOfDay(DeadlineCalculator.ZONE).toInstant());
        assertThat(window.getLedger().getLast().getType()).isEqualTo(ClockEvent.Type.RECOUNT);
        assertThat(d.getHistory().getLast().getActivity()).isEqualTo(DisputeActivity.DEADLINE_RECOUNTED);
        assertThat(d.getHistory().getLast().getReason())
                .isEqualTo("司法确认申请：届满日由 2027-01-01 调整为 2027-01-04（2027年起按法定节假日暂定计算）");

        // counting again on the same calendar moves nothing and writes nothing
        int lines = d.getHistory().size();
        assertThat(d.recountClocks(provisional, at2026(12, 3, 10), "system", "again")).isZero();
        assertThat(d.getHistory()).hasSize(lines);

        // a 2027 notice that makes Saturday 01-02 a 调休 working day: the window ends on that Saturday
        var days = new java.util.HashMap<java.time.LocalDate, org.tiaojie.casework.calendar.DayKind>(
                WorkingCalendarTestSupport.seed());
        org.tiaojie.casework.calendar.StatutoryHolidays.of(2027)
                .forEach(h -> days.put(h.date(), org.tiaojie.casework.calendar.DayKind.HOLIDAY));
        days.put(java.time.LocalDate.of(2027, 1, 2), org.tiaojie.casework.calendar.DayKind.WORKDAY);
        DeadlineCalculator notice = new DeadlineCalculator(new WorkingCalendar(days, java.util.Set.of(2025, 2026, 2027)));
        assertThat(d.recountClocks(notice, at2026(12, 10, 9), "system", "国务院办公厅关于2027年部分节假日安排的通知"))
                .isEqualTo(1);
        assertThat(clock(d, ClockKind.JUDICIAL_CONFIRMATION).getDueAt())
                .isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2027, 1, 2)));
        assertThat(clock(d, ClockKind.JUDICIAL_CONFIRMATION).isProvisional(notice)).isFalse();
        assertThat(d.getHistory().getLast().getReason()).isEqualTo(
                "司法确认申请：届满日由 2027-01-04 调整为 2027-01-02（国务院办公厅关于2027年部分节假日安排的通知）");
    }

    @Test
    void aRecountReplaysPausesAndExtensionsFromTheLedger() throws IOException {
        // a community clock of 10 working days from Monday 2026-12-21, paused for three working days and
        // extended by 5: on plain weekdays it ended on 2027-01-22; with 元旦 off it ends one working day later
        Dispute d = hotlineCall(false, at2026(12, 21, 9));
        d.accept(rules, at2026(12, 21, 10), "shequ");
        d.suspend("等待鉴定", at2026(12, 22, 10), "shequ");
        d.resume(rules, at2026(12, 25, 10), "shequ", "鉴定完成");
        d.extendClock(ClockKind.MEDIATION, 5, "当事人出差", rules, at2026(12, 28, 10), "shequ");
        java.time.LocalDate before = DeadlineCalculator.lastDayOf(clock(d, ClockKind.MEDIATION).getDueAt());
        DeadlineCalculator provisional = new DeadlineCalculator(WorkingCalendarTestSupport.withProvisional2027());
        d.recountClocks(provisional, at2026(12, 29, 9), "system", "2027年起按法定节假日暂定计算");
        java.time.LocalDate after = DeadlineCalculator.lastDayOf(clock(d, ClockKind.MEDIATION).getDueAt());
        assertThat(provisional.calendar().workingDaysBetween(before, after)).isEqualTo(1);
        // the same replay on the old calendar gives the old date back: nothing but the calendar moved it
        d.recountClocks(calc, at2026(12, 29, 10), "system", "back");
        assertThat(DeadlineCalculator.lastDayOf(clock(d, ClockKind.MEDIATION).getDueAt())).isEqualTo(before);
    }

    @Test
    void stageRepliesLeaveTheReplyClockRunningAndTheFinalReplyStopsItOnce() {
        // 12345 办结反馈: the reply clock runs from the order until the final reply, not until closure
        Dispute d = hotlineCall(false, at(4, 1, 9));
        d.accept(rules, at(4, 1, 10), "shequ");
        d.replyToPlatform(false, "已受理，正在联系双方。", at(4, 2, 9), "shequ");
        assertThat(clock(d, ClockKind.PLATFORM_REPLY).isRunning()).isTrue();
        assertThat(d.getHistory().getLast().getActivity()).isEqualTo(DisputeActivity.PLATFORM_REPLY_STAGE);
        assertThatThrownBy(() -> d.replyToPlatform(true, " ", at(4, 3, 9), "shequ")).hasMessage("请填写答复内容。");
        d.replyToPlatform(true, "经调解已解决。", at(4, 3, 9), "shequ");
        assertThat(d.getClocks()).filteredOn(c -> c.getKind() == ClockKind.PLATFORM_REPLY)
                .allMatch(c -> c.getState() == ClockState.STOPPED);
        assertThat(d.getFinalReplyAt()).isEqualTo(at(4, 3, 9));
        assertThatThrownBy(() -> d.replyToPlatform(false, "再次答复", at(4, 4, 9), "shequ"))
                .hasMessage("本工单已办结反馈，不能再次答复。");
    }

    @Test
    void onlyTwelveThreeFourFiveOrdersAreRepliedToAndOthersCloseWithoutAReply() {
        NewDispute input = NewCase.of(Channel.WALK_IN).category(1).in(1).description("楼道堆物")
                .caller("王女士", "19900001111").build();
        Dispute d = new Dispute("（2026）青溪湖畔社人调字第00002号", input, category, compound, room, Tier.COMMUNITY, rules,
                at(4, 1, 9), "huawu");
        assertThatThrownBy(() -> d.replyToPlatform(true, "答复", at(4, 1, 10), "shequ"))
                .hasMessage("只有12345工单需要答复热线平台。");
    }

    @Test
    void theConfirmationWindowRunsFromTheDayTheWrittenAgreementTookEffectAndALateApplicationIsMarked() throws IOException {
        // 人民调解法 Art. 33 and 民事诉讼法 (2023) Art. 205: within 30 days of the agreement taking effect;
        // effective 2026-12-02 (signed and sealed), the window ends on 2027-01-01, 元旦 on the law's
        // provisional 2027 days, and so on Monday 2027-01-04
        DeadlineCalculator provisional = new DeadlineCalculator(WorkingCalendarTestSupport.withProvisional2027());
        ClockRules onProvisional = new ClockRules() {
            @Override
            public DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, Tier tier, boolean urgent) {
                return rules.terms(kind, channel, tier, urgent);
            }

            @Override
            public DeadlineCalculator calculator() {
                return provisional;
            }
        };
        Dispute d = hotlineCall(false, at2026(11, 20, 9));
        d.accept(onProvisional, at2026(11, 20, 10), "shequ");
        d.startMediation(at2026(11, 23, 9), "shequ");
        d.agree(onProvisional, at2026(11, 30, 15), "shequ");
        assertThatThrownBy(() -> d.applyForConfirmation(court, false, at2026(12, 1, 9), "shequ"))
                .hasMessageContaining("请先登记协议的生效日期");
        d.agreementTookEffect("第00001号", java.time.LocalDate.of(2026, 12, 2), onProvisional, at2026(12, 3, 9), "shequ");
        DisputeClock window = clock(d, ClockKind.JUDICIAL_CONFIRMATION);
        assertThat(window.getStartedAt()).isEqualTo(java.time.LocalDate.of(2026, 12, 2).atStartOfDay(DeadlineCalculator.ZONE)
                .toInstant());
        assertThat(window.getDueAt()).isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2027, 1, 4)));
        assertThat(d.getHistory().getLast().getReason())
                .isEqualTo("调解协议 第00001号 于 2026-12-02 生效，双方当事人可在 2027-01-04 前共同申请司法确认");
        // applied on day 33: allowed, and the timeline says it was late
        assertThat(d.confirmationWindowPassed(java.time.LocalDate.of(2027, 1, 5).atStartOfDay(DeadlineCalculator.ZONE)
                .toInstant().plusSeconds(3600))).isTrue();
        d.applyForConfirmation(court, false, java.time.LocalDate.of(2027, 1, 5).atStartOfDay(DeadlineCalculator.ZONE)
                .toInstant().plusSeconds(36_000), "shequ");
        assertThat(d.getHistory().getLast().getReason()).isEqualTo("向青溪区人民法院申请司法确认（已超过协议生效后30日）");
    }

    private Dispute walkIn(Instant now) {
        NewDispute input = NewCase.of(Channel.WALK_IN).category(1).in(1).description("楼上漏水").partyCount(2)
                .caller("李女士", "19900003333").build();
        return new Dispute("（2026）青溪湖畔社人调字第00003号", input, category, compound, room, Tier.COMMUNITY, rules,
                now, "shequ");
    }

    @Test
    void aPartyMayEndTheMediationWhileItGoesOnOrIsSuspended() {
        // 人民调解法 Art. 23: the parties decide freely whether to accept, refuse or end mediation
        Dispute during = walkIn(at(8, 3, 9));
        during.accept(rules, at(8, 3, 10), "shequ");
        during.startMediation(at(8, 4, 9), "shequ");
        during.close(ClosureType.WITHDRAWN, "申请人要求终止调解", rules, at(8, 5, 9), "shequ");
        assertThat(during.getState()).isEqualTo(DisputeState.CLOSED);
        assertThat(during.getClosureType()).isEqualTo(ClosureType.WITHDRAWN);
        assertThat(during.getClocks()).filteredOn(c -> c.getKind() == ClockKind.MEDIATION)
                .allMatch(c -> c.getState() == ClockState.STOPPED);

        Dispute suspended = walkIn(at(8, 3, 9));
        suspended.accept(rules, at(8, 3, 10), "shequ");
        suspended.suspend("等待鉴定", at(8, 4, 9), "shequ");
        suspended.close(ClosureType.WITHDRAWN, "申请人撤回", rules, at(8, 5, 9), "shequ");
        assertThat(suspended.getClocks()).allMatch(c -> c.getState() != ClockState.PAUSED);
        // an agreement is not withdrawn
        Dispute agreed = walkIn(at(8, 3, 9));
        agreed.accept(rules, at(8, 3, 10), "shequ");
        agreed.startMediation(at(8, 4, 9), "shequ");
        agreed.agree(rules, at(8, 5, 9), "shequ");
        assertThatThrownBy(() -> agreed.close(ClosureType.WITHDRAWN, "撤回", rules, at(8, 6, 9), "shequ"))
                .hasMessage("案件当前状态为“达成协议”，不能以“撤回申请”方式办结。");
    }

    @Test
    void oneSidesRefusalIsAGroundOfItsOwn() {
        // 人民调解法 Art. 17: where one party clearly refuses mediation, there is no mediation
        Dispute d = walkIn(at(8, 3, 9));
        d.reject(RejectionGround.PARTY_REFUSES, "被申请人书面表示不同意调解", at(8, 3, 10), "shequ");
        assertThat(d.getState()).isEqualTo(DisputeState.REJECTED);
        assertThat(d.getRejectionGround()).isEqualTo(RejectionGround.PARTY_REFUSES);
        assertThat(d.getHistory().getLast().getReason())
                .isEqualTo("一方当事人明确拒绝调解（《人民调解法》第十七条）：被申请人书面表示不同意调解");
        Dispute other = walkIn(at(8, 3, 9));
        assertThatThrownBy(() -> other.reject(RejectionGround.OTHER, " ", at(8, 3, 10), "shequ"))
                .hasMessage("请填写理由。");
        assertThatThrownBy(() -> other.reject(null, "x", at(8, 3, 10), "shequ")).hasMessage("请选择不予受理的理由。");
    }

    @Test
    void aPetitionerAsksForReviewAndRecheckWithinThirtyDaysAndTheHearingIsNotCounted() {
        // 信访工作条例 (2022) Art. 35: 复查 asked within 30 days of the written answer, decided within 30 days;
        // Art. 36: 复核 likewise after the 复查 opinion, the hearing's time not counted
        NewDispute input = NewCase.of(Channel.PETITION_LETTER).ref("XF-2026-001").category(1).in(1)
                .description("物业擅自占用绿地").caller("周先生", "19900005555").build();
        Dispute d = new Dispute("（2026）青溪湖畔社人调字第00009号", input, category, compound, room, Tier.COMMUNITY, rules,
                at(3, 2, 9), "huawu");
        assertThatThrownBy(() -> d.requestReview(java.time.LocalDate.of(2026, 3, 3), "不服", rules, at(3, 3, 9), "shequ"))
                .hasMessageStartingWith("只有已书面答复（办结）");
        d.accept(rules, at(3, 2, 10), "shequ");
        d.close(ClosureType.WITHDRAWN, "已书面答复信访人", rules, at(3, 10, 10), "shequ");
        assertThat(d.petitionReview()).isEqualTo(PetitionReview.REVIEW_OPEN);
        // answered 03-10: the last day to ask is 04-09
        assertThatThrownBy(() -> d.requestReview(java.time.LocalDate.of(2026, 4, 10), "不服", rules, at(4, 10, 9),
                "shequ")).hasMessage("已超过请求复查的期限（收到书面答复之日起 30 日，至 2026-04-09），不予登记（《信访工作条例》第三十五条）。");
        d.requestReview(java.time.LocalDate.of(2026, 4, 9), "对处理意见不服", rules, at(4, 9, 15), "shequ");
        assertThat(clock(d, ClockKind.PETITION_REVIEW).getDueAt())
                // 05-09 is a Saturday, but a 调休 working day in the 2026 notice
                .isEqualTo(DeadlineCalculator.endOf(java.time.LocalDate.of(2026, 5, 9)));
        d.decideReview("维持原处理意见", at(4, 20, 10), "shequ");
        assertThat(d.petitionReview()).isEqualTo(PetitionReview.RECHECK_OPEN);
        d.requestRecheck(java.time.LocalDate.of(2026, 4, 22), "对复查意见不服", rules, at(4, 22, 10), "shequ");
        java.time.LocalDate before = DeadlineCalculator.lastDayOf(clock(d, ClockKind.PETITION_RECHECK).getDueAt());
        d.recheckHearing(true, rules, at(5, 6, 9), "shequ");
        assertThat(d.petitionReview()).isEqualTo(PetitionReview.IN_HEARING);
        d.recheckHearing(false, rules, at(5, 11, 9), "shequ");
        // five calendar days of hearing are added back
        assertThat(DeadlineCalculator.lastDayOf(clock(d, ClockKind.PETITION_RECHECK).getDueAt()))
                .isEqualTo(calc.calendar().onOrNextWorkingDay(before.plusDays(5)));
        d.decideRecheck("维持复查意见", at(5, 20, 9), "shequ");
        assertThat(d.petitionReview()).isEqualTo(PetitionReview.FINAL);
        assertThat(d.getClocks()).filteredOn(c -> c.getKind() == ClockKind.PETITION_RECHECK)
                .allMatch(c -> c.getState() == ClockState.STOPPED);
    }

    /** Where each lifecycle move leads (null: the case stays where it is), docs/DOMAIN.md, "The life of a case". */
    private static DisputeState target(CaseMove move, DisputeState from) {
        return switch (move) {
            case ACCEPT -> DisputeState.ACCEPTED;
            case REJECT -> DisputeState.REJECTED;
            case TRANSFER_OUT -> DisputeState.TRANSFERRED;
            case RETURN_TO_DISPATCH -> DisputeState.REGISTERED;
            case START_MEDIATION -> DisputeState.IN_MEDIATION;
            case SUSPEND -> DisputeState.SUSPENDED;
            case RESUME -> DisputeState.IN_MEDIATION;
            case ESCALATE -> DisputeState.ESCALATED;
            case WITHDRAW, END_MEDIATION, CLOSE_AGREED, GUIDE_TO_LITIGATION -> DisputeState.CLOSED;
            case AGREE -> DisputeState.AGREED;
            case FAIL -> DisputeState.FAILED;
            case REFER_TO_COURT -> DisputeState.REFERRED_TO_COURT;
            case RETURN_VISIT -> DisputeState.REVISITED;
            case ARCHIVE -> DisputeState.ARCHIVED;
            default -> null;
        };
    }

    @Test
    void everyMoveAStateOffersIsOneTheLifecycleAllows() {
        for (DisputeState state : DisputeState.values()) {
            for (CaseMove move : state.moves()) {
                DisputeState to = target(move, state);
                if (to != null) {
                    assertThat(state.canMoveTo(to)).as(state + " offers " + move + " to " + to).isTrue();
                }
            }
            if (!state.isOpen() && state != DisputeState.CLOSED && state != DisputeState.REVISITED) {
                assertThat(state.moves()).as(state + " has ended: nothing to do").isEmpty();
            }
        }
        assertThat(DisputeState.ESCALATED.moves()).isEmpty();
        assertThat(DisputeState.REFERRED_TO_COURT.moves()).isEmpty();
    }

    @Test
    void theCaseSaysWhichMovesAreOpenAndWhyTheOthersAreNot() {
        Dispute d = hotlineCall(false, at(3, 2, 9));
        List<CaseMove.Option> moves = d.moves(at(3, 2, 10), true);
        assertThat(moves).extracting(CaseMove.Option::move).containsExactlyInAnyOrder(CaseMove.values());
        assertThat(moves).filteredOn(CaseMove.Option::allowed).extracting(CaseMove.Option::move)
                .containsExactly(CaseMove.ACCEPT, CaseMove.REJECT, CaseMove.TRANSFER_OUT, CaseMove.RETURN_TO_DISPATCH,
                        CaseMove.EXTEND); // the platform's reply allows one extension (国办发〔2020〕53号)
        assertThat(moves).filteredOn(CaseMove.Option::primary).extracting(CaseMove.Option::move)
                .containsExactly(CaseMove.ACCEPT);
        assertThat(refusal(moves, CaseMove.AGREE)).isEqualTo(CaseMove.WRONG_STATE);
        assertThat(refusal(moves, CaseMove.APPLY_FOR_CONFIRMATION)).isEqualTo(CaseMove.NO_CONFIRMATION_WINDOW);
        assertThat(refusal(moves, CaseMove.REQUEST_REVIEW)).isEqualTo(CaseMove.NOT_PETITION);
        // anybody but a mediator of the handling organisation is told so for each move open to them
        List<CaseMove.Option> other = d.moves(at(3, 2, 10), false);
        assertThat(other).noneMatch(CaseMove.Option::allowed);
        assertThat(refusal(other, CaseMove.ACCEPT)).isEqualTo(CaseMove.NOT_HANDLING);
        assertThat(refusal(other, CaseMove.AGREE)).isEqualTo(CaseMove.WRONG_STATE);
    }

    @Test
    void confirmationOpensWhenTheWrittenAgreementTakesEffect() {
        Dispute d = hotlineCall(false, at(3, 2, 9));
        d.accept(rules, at(3, 2, 15), "shequ");
        d.startMediation(at(3, 3, 9), "shequ");
        d.agree(rules, at(3, 5, 9), "shequ");
        // 人民调解法 Art. 33: 30 days from the day the written agreement takes effect, not from the oral one
        assertThat(refusal(d.moves(at(3, 5, 10), true), CaseMove.APPLY_FOR_CONFIRMATION))
                .isEqualTo(CaseMove.NO_CONFIRMATION_WINDOW);
        d.agreementTookEffect("第00001号", java.time.LocalDate.of(2026, 3, 5), rules, at(3, 5, 11), "shequ");
        List<CaseMove.Option> moves = d.moves(at(3, 5, 12), true);
        assertThat(moves).filteredOn(CaseMove.Option::allowed).extracting(CaseMove.Option::move)
                .startsWith(CaseMove.CLOSE_AGREED).contains(CaseMove.APPLY_FOR_CONFIRMATION);
        assertThat(d.confirmationMayBeApplied()).isTrue();
    }

    private static String refusal(List<CaseMove.Option> moves, CaseMove move) {
        return moves.stream().filter(o -> o.move() == move).findFirst().orElseThrow().refusal();
    }
}
