package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiaojie.casework.dispute.PlatformDetails;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrder;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.casework.intake.WorkOrderService;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * A platform's export imported as it was sent (#28): an order called months ago is registered at its call time, with
 * the platform's 办理时限 as its reply clock and the rest of what it sent kept on the case; the repeat-call rule and
 * the repeat-complaint count go by when calls were made; categories named with "/" resolve.
 */
abstract class PlatformImportScenarios extends DemoDistrictScenarios {

    @Autowired WorkOrderService orders;
    @Autowired WorkOrderImportService imports;

    static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(CaseworkConfiguration.ZONE).toInstant();
    }

    String compoundName(long compound) {
        return jdbc.queryForObject("select name from compound where id = ?", String.class, compound);
    }

    static WorkOrder order(String number, String phone, String compound, String category, String words,
            PlatformDetails platform) {
        return new WorkOrder(number, "卢导入", phone, compound, null, category, words, null, null, false, false, false,
                List.of(), platform);
    }

    /**
     * 12345 rules count an order's time from its dispatch (国办发〔2020〕53号, the hotline's 办理时限 set per order):
     * called on Tuesday 10 March 2026 with 7 working days, the reply is due at the end of Thursday 19 March (the
     * day of the call not counted, 民法典 Art. 201; no holiday in between by the State Council's 2026 notice).
     */
    @Test
    void anOrderCalledMonthsAgoIsRegisteredAtItsCallTimeWithThePlatformsReplyLimit() {
        long compound = freshCompound();
        String number = "GD-PLT-" + Long.toString(System.nanoTime(), 36);
        login("huawu");
        long id = orders.submit(order(number, phone(), compoundName(compound), "SERVICE_QUALITY.REPAIR",
                "楼道灯坏了一个月无人修。", new PlatformDetails(at(3, 10, 9), 7, "138-0013-8000", "测试之苑30栋3单元1028室",
                        "请属地街道核实处理并回复来电人"))).disputeId();
        settled();
        assertThat(jdbc.queryForObject("select registered_at from dispute where id = ?", java.sql.Timestamp.class, id)
                .toInstant()).isEqualTo(at(3, 10, 9));
        assertThat(jdbc.queryForObject("select case_number from dispute where id = ?", String.class, id)).contains("2026");
        Instant replyDue = jdbc.queryForObject("select due_at from dispute_clock where dispute_id = ? and kind = 'PLATFORM_REPLY'",
                java.sql.Timestamp.class, id).toInstant();
        assertThat(org.tiaojie.casework.deadline.DeadlineCalculator.lastDayOf(replyDue)).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(jdbc.queryForObject("select amount from dispute_clock where dispute_id = ? and kind = 'PLATFORM_REPLY'",
                Integer.class, id)).isEqualTo(7);
        var detail = details.detail(id);
        assertThat(detail.addressDetail()).isEqualTo("测试之苑30栋3单元1028室");
        assertThat(detail.dispatchNote()).isEqualTo("请属地街道核实处理并回复来电人");
        assertThat(detail.contactPhoneMasked()).isEqualTo("138****8000");
        assertThat(detail.registeredAt()).isEqualTo(at(3, 10, 9));
        // the same order with another call time is other content, said as such and stored nowhere
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.submit(order(number,
                jdbc.queryForObject("select caller_phone from dispute where id = ?", String.class, id) == null ? ""
                        : details.revealCaller(id).split(" / ")[0], compoundName(compound), "SERVICE_QUALITY.REPAIR",
                "楼道灯坏了一个月无人修。", new PlatformDetails(at(3, 11, 9), 7, "138-0013-8000", "测试之苑30栋3单元1028室",
                        "请属地街道核实处理并回复来电人"))))
                .isInstanceOf(WorkOrderService.Conflict.class);
        assertThat(jdbc.queryForObject("select registered_at from dispute where id = ?", java.sql.Timestamp.class, id)
                .toInstant()).isEqualTo(at(3, 10, 9));
    }

    @Autowired org.tiaojie.casework.dispute.CaseDetailService details;

    @Test
    void aCallTimeInTheFutureOrUnreadableIsRefusedNamingTheValueAndStoresNothing() {
        long compound = freshCompound();
        login("huawu");
        long before = jdbc.queryForObject("select count(*) from dispute", Long.class);
        List<ImportLine> lines = List.of(new ImportLine(2, order("GD-FUT-" + System.nanoTime(), phone(),
                compoundName(compound), "PARKING", "车位被占。", new PlatformDetails(Instant.now().plusSeconds(86_400),
                        null, null, null, null)), List.of()),
                new ImportLine(3, order("GD-BAD-" + System.nanoTime(), "138-0000-000", compoundName(compound), "PARKING",
                        "车位被占。", new PlatformDetails(null, 0, "12-34", null, null)), List.of()));
        List<ImportOutcome> checked = imports.importAll(lines, n -> { });
        assertThat(checked).allMatch(o -> o.status() == ImportOutcome.Status.REJECTED);
        assertThat(checked.get(0).problems()).extracting(p -> p.field()).containsExactly("calledAt");
        assertThat(checked.get(1).problems()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("callerPhone", "replyDays", "contactPhone");
        assertThat(checked.get(1).problems().getFirst().message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("138-0000-000");
        assertThat(jdbc.queryForObject("select count(*) from dispute", Long.class)).isEqualTo(before);
    }

    @Test
    void theRepeatRuleGoesByWhenCallsWereMade() {
        long compound = freshCompound();
        String name = compoundName(compound);
        String caller = phone();
        String run = Long.toString(System.nanoTime(), 36);
        login("huawu");
        // one caller: January, then June twice — June's second call repeats June's matter, not January's
        List<ImportLine> lines = new ArrayList<>();
        lines.add(line(2, order("GD-RPT-" + run + "-1", caller, name, "PARKING", "地库车位被外来车辆占用。",
                new PlatformDetails(at(1, 5, 10), null, null, null, null))));
        lines.add(line(3, order("GD-RPT-" + run + "-2", caller, name, "PARKING", "小区东门道闸坏了，车辆进出排长队。",
                new PlatformDetails(at(6, 1, 10), null, null, null, null))));
        lines.add(line(4, order("GD-RPT-" + run + "-3", caller, name, "PARKING", "东门道闸还是坏的。",
                new PlatformDetails(at(6, 10, 10), null, null, null, null))));
        List<ImportOutcome> done = imports.importAll(lines, n -> { });
        settled();
        assertThat(done).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.CREATED,
                ImportOutcome.Status.CREATED, ImportOutcome.Status.MERGED);
        assertThat(done.get(2).disputeId()).isEqualTo(done.get(1).disputeId());
        assertThat(jdbc.queryForObject("select count(*) from dispute where compound_id = ?", Long.class, compound)).isEqualTo(2);
        // three callers months apart are no repeat complaint of the compound
        long spread = freshCompound();
        List<ImportLine> far = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            far.add(line(i + 2, order("GD-FAR-" + run + "-" + i, phone(), compoundName(spread), "ELEVATOR",
                    "电梯停运第" + i + "次。", new PlatformDetails(at(1 + 3 * i, 3, 9), null, null, null, null))));
        }
        imports.importAll(far, n -> { });
        settled();
        assertThat(repeatSupervisions(spread)).isZero();
        // three callers within 30 days, listed newest first as exports often are: the third registered is counted
        long close = freshCompound();
        List<ImportLine> near = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            near.add(line(i + 2, order("GD-NEAR-" + run + "-" + i, phone(), compoundName(close), "ELEVATOR",
                    "电梯困人，第" + i + "位业主反映。", new PlatformDetails(at(6, 20 - 9 * i, 9), null, null, null, null))));
        }
        imports.importAll(near, n -> { });
        settled();
        assertThat(repeatSupervisions(close)).isOne();
    }

    long repeatSupervisions(long compound) {
        return jdbc.queryForObject("select count(*) from supervision where compound_id = ? and trigger_kind = 'REPEAT_COMPLAINTS'",
                Long.class, compound);
    }

    static ImportLine line(int n, WorkOrder order) {
        return new ImportLine(n, order, List.of());
    }

    @Test
    void categoriesNamedWithASlashAndSubCategoriesOfAChildlessParentResolve() {
        long compound = freshCompound();
        String name = compoundName(compound);
        login("huawu");
        String run = Long.toString(System.nanoTime(), 36);
        List<String> categories = List.of("噪音/相邻关系", "噪音/相邻关系/楼上漏水", "专项维修资金/维修资金使用",
                "物业服务质量/维修响应", "物业服务质量/维修响应慢", "物业交接/退出");
        List<ImportLine> lines = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            lines.add(line(i + 2, order("GD-CAT-" + run + "-" + i, phone(), name, categories.get(i), "诉求" + i,
                    PlatformDetails.NONE)));
        }
        List<ImportOutcome> checked = imports.check(lines);
        assertThat(checked).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.READY,
                ImportOutcome.Status.READY, ImportOutcome.Status.READY, ImportOutcome.Status.READY,
                ImportOutcome.Status.REJECTED, ImportOutcome.Status.READY);
        assertThat(checked.get(4).problems().getFirst().message(java.util.Locale.SIMPLIFIED_CHINESE))
                .contains("物业服务质量/维修响应慢");
    }

    @Autowired org.tiaojie.casework.intake.ImportMappings mappings;

    /**
     * An unknown compound name and category pair are resolved once in the preview, by the operator, and remembered in
     * the platform's mapping: the same rows then import, a compound marked as another district's is not imported and
     * says so (not a failure), and the change is in the audit log. A compound outside the operator's area is refused.
     */
    @Test
    void namesResolvedInThePreviewAreRememberedAndAnotherDistrictsCompoundIsNotAFailure() {
        long compound = freshCompound();
        String platform = "测试热线" + Long.toString(System.nanoTime(), 36);
        org.tiaojie.casework.intake.ImportMapping.Definition definition = new org.tiaojie.casework.intake.ImportMapping
                .Definition(java.util.Map.of("单号", "orderNumber", "号码", "callerPhone", "小区名", "compound", "大类",
                        "category", "小类", "subCategory", "内容", "description"), java.util.Map.of(), List.of(), List.of());
        mappings.saveAs(platform, definition, null, "admin");
        login("huawu");
        List<String> header = List.of("单号", "号码", "小区名", "大类", "小类", "内容");
        var mapping = mappings.candidates(header).stream().filter(m -> platform.equals(m.platform())).findFirst()
                .orElseThrow();
        String run = Long.toString(System.nanoTime(), 36);
        java.util.function.Supplier<List<ImportLine>> file = () -> List.of(
                mapping.read(2, List.of("RM-" + run + "-1", phone(), "测试之苑（东区）", "车辆管理", "乱停车", "车位被占。")),
                mapping.read(3, List.of("RM-" + run + "-2", phone(), "邻区花园", "停车管理", "", "车位被占。")));
        List<ImportOutcome> before = imports.check(file.get(), new java.util.HashSet<>());
        assertThat(before).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.REJECTED);
        assertThat(before.get(0).problems()).extracting(p -> p.key())
                .contains("workOrder.compound.unknown", "workOrder.category.unknown");
        assertThat(file.get().get(0).sent()).isEqualTo(new ImportLine.Sent("测试之苑（东区）", "车辆管理", "乱停车", false));

        long audits = jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT_MAPPING'", Long.class);
        assertThat(mappings.remember(platform, List.of(
                new org.tiaojie.casework.intake.ImportMapping.CompoundAlias("测试之苑（东区）", compoundName(compound), null,
                        false),
                new org.tiaojie.casework.intake.ImportMapping.CompoundAlias("邻区花园", null, null, true)),
                List.of(new org.tiaojie.casework.intake.ImportMapping.CategoryEntry("车辆管理", "乱停车", "PARKING"))))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT_MAPPING'", Long.class))
                .isEqualTo(audits + 1);
        var again = mappings.candidates(header).stream().filter(m -> platform.equals(m.platform())).findFirst()
                .orElseThrow();
        List<ImportLine> reread = List.of(
                again.read(2, List.of("RM-" + run + "-1", phone(), "测试之苑（东区）", "车辆管理", "乱停车", "车位被占。")),
                again.read(3, List.of("RM-" + run + "-2", phone(), "邻区花园", "停车管理", "", "车位被占。")));
        List<ImportOutcome> after = imports.importAll(reread, done -> { }, new java.util.HashSet<>());
        assertThat(after).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.CREATED, ImportOutcome.Status.ELSEWHERE);
        assertThat(after.get(1).problems()).extracting(p -> p.key()).containsExactly("workOrder.compound.elsewhere");
        assertThat(jdbc.queryForObject("select compound_id from dispute where id = ?", Long.class,
                after.get(0).disputeId())).isEqualTo(compound);

        // a compound outside the operator's area cannot be remembered for it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mappings.remember(platform, List.of(
                new org.tiaojie.casework.intake.ImportMapping.CompoundAlias("某小区", "不存在的小区", null, false)), List.of()))
                .isInstanceOf(org.tiaojie.casework.shared.CaseworkException.class);
    }

    /**
     * An order sent again with other content is said as such (CHANGED, naming its case) and stores nothing unless the
     * operator says: as a further contact of the case (the same content sent once more is then known), or taken over
     * into the case with a line of its timeline keeping the earlier words. One that moves to another compound cannot
     * update the case and says why.
     */
    @Test
    void aResendWithOtherContentIsShownAndKeptAsTheOperatorSays() {
        long compound = freshCompound();
        String name = compoundName(compound);
        String number = "GD-RS-" + Long.toString(System.nanoTime(), 36);
        String caller = phone();
        login("huawu");
        java.util.function.Function<String, List<ImportLine>> sent = words -> List.of(new ImportLine(2, order(number,
                caller, name, "SERVICE_QUALITY.REPAIR", words, new PlatformDetails(at(11, 2, 9), 10, null,
                        "测试之苑1栋101室", null)), List.of()));
        List<ImportOutcome> first = imports.importAll(sent.apply("楼道灯坏了。"), done -> { }, new java.util.HashSet<>());
        assertThat(first).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.CREATED);
        long id = first.getFirst().disputeId();
        settled();

        // other words: said, nothing stored
        List<ImportOutcome> told = imports.importAll(sent.apply("楼道灯坏了，已经一个月。"), done -> { },
                new java.util.HashSet<>());
        assertThat(told).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.CHANGED);
        assertThat(told.getFirst().disputeId()).isEqualTo(id);
        assertThat(told.getFirst().problems().getFirst().message(java.util.Locale.SIMPLIFIED_CHINESE)).contains(number);
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, id)).isZero();

        // as a further contact: kept once, and the same content sent again is known
        assertThat(imports.importAll(sent.apply("楼道灯坏了，已经一个月。"), done -> { }, new java.util.HashSet<>(),
                WorkOrderImportService.Resend.CONTACT)).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.MERGED);
        settled();
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(imports.check(sent.apply("楼道灯坏了，已经一个月。"), new java.util.HashSet<>()))
                .extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.EXISTED);

        // taken over into the case: its words change, the timeline keeps the earlier ones; the same again is known
        List<ImportOutcome> updated = imports.importAll(sent.apply("楼道灯和电梯都坏了。"), done -> { },
                new java.util.HashSet<>(), WorkOrderImportService.Resend.UPDATE);
        assertThat(updated).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.UPDATED);
        settled();
        assertThat(jdbc.queryForObject("select description from dispute where id = ?", String.class, id))
                .isEqualTo("楼道灯和电梯都坏了。");
        assertThat(jdbc.queryForObject("select reason from dispute_history where dispute_id = ? and activity ="
                + " 'PLATFORM_RESENT'", String.class, id)).contains("原诉求内容：楼道灯坏了。");
        assertThat(imports.check(sent.apply("楼道灯和电梯都坏了。"), new java.util.HashSet<>()))
                .extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.EXISTED);

        // another compound cannot update the case: it stays CHANGED and says why
        long other = freshCompound();
        List<ImportOutcome> moved = imports.importAll(List.of(new ImportLine(2, order(number, caller,
                compoundName(other), "SERVICE_QUALITY.REPAIR", "楼道灯和电梯都坏了。", new PlatformDetails(at(11, 2, 9),
                        10, null, "测试之苑1栋101室", null)), List.of())), done -> { }, new java.util.HashSet<>(),
                WorkOrderImportService.Resend.UPDATE);
        assertThat(moved).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.CHANGED);
        assertThat(moved.getFirst().problems()).extracting(p -> p.key()).contains("dispute.resend.moved");
        assertThat(jdbc.queryForObject("select compound_id from dispute where id = ?", Long.class, id))
                .isEqualTo(compound);
    }
}
