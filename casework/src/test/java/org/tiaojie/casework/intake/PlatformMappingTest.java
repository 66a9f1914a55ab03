package org.tiaojie.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/** A platform's export read through its mapping: headings, values, categories, compound names, call times. */
class PlatformMappingTest {

    static final List<String> HEADER = List.of("\uFEFF工单编号", "来电时间", "来电人", "来电号码", "联系电话", "所属街道", "小区",
            "详细地址", "诉求大类", "诉求小类", "诉求内容", "紧急程度", "办理时限（工作日）", "派单要求", "回访结果");

    static ImportMapping.Definition definition() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("工单编号", "orderNumber");
        columns.put("来电时间", "calledAt");
        columns.put("来电人", "callerName");
        columns.put("来电号码", "callerPhone");
        columns.put("联系电话", "contactPhone");
        columns.put("所属街道", "");
        columns.put("小区", "compound");
        columns.put("详细地址", "address");
        columns.put("诉求大类", "category");
        columns.put("诉求小类", "subCategory");
        columns.put("诉求内容", "description");
        columns.put("紧急程度", "urgent");
        columns.put("办理时限(工作日)", "replyDays");
        columns.put("派单要求", "dispatchNote");
        return new ImportMapping.Definition(columns, Map.of("urgent", Map.of("一般", "否", "紧急", "是")),
                List.of(new ImportMapping.CategoryEntry("物业服务质量", "维修响应慢", "SERVICE_QUALITY.REPAIR"),
                        new ImportMapping.CategoryEntry(null, "保洁不到位", "SERVICE_QUALITY.CLEANING"),
                        new ImportMapping.CategoryEntry("专项维修资金", null, "MAINTENANCE_FUND")),
                List.of(new ImportMapping.CompoundAlias("滨河新村", "福安新村", "滨河社区")));
    }

    static List<String> row(String category, String sub, String urgency, String calledAt) {
        return new ArrayList<>(List.of("GD20260831000403", calledAt, "莫测试", "193-4845-2703", "19348452703", "西湖街道",
                "滨河新村", "滨河新村30栋3单元1028室", category, sub, "楼道灯坏了一个月无人修。", urgency, "7",
                "请属地街道核实处理并回复来电人", "满意"));
    }

    @Test
    void headingsAreMatchedAsPeopleWriteThemAndUnknownOnesAreNamed() {
        PlatformMapping m = new PlatformMapping("示例平台", definition(), HEADER);
        assertThat(m.missing()).isEmpty();
        // full-width brackets and the byte-order mark do not count; 所属街道 is left out on purpose, 回访结果 is unknown
        assertThat(m.fields()).contains("orderNumber", "replyDays", "calledAt");
        assertThat(m.ignoredHeadings()).containsExactly("所属街道");
        assertThat(m.unknownHeadings()).containsExactly("回访结果");
        assertThat(m.matched()).isEqualTo(13);
    }

    @Test
    void aRowCarriesEverythingThePlatformSentInTiaojiesTerms() {
        PlatformMapping m = new PlatformMapping("示例平台", definition(), HEADER);
        ImportLine line = m.read(2, row("物业服务质量", "维修响应慢", "紧急", "2026年03月10日 09:05"));
        assertThat(line.readProblems()).isEmpty();
        WorkOrder o = line.order();
        assertThat(o.category()).isEqualTo("SERVICE_QUALITY.REPAIR");
        assertThat(o.compound()).isEqualTo("福安新村");
        assertThat(o.community()).isEqualTo("滨河社区");
        assertThat(o.urgent()).isTrue();
        assertThat(o.platform().calledAt()).isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 5)
                .atZone(CaseworkConfiguration.ZONE).toInstant());
        assertThat(o.platform().replyDays()).isEqualTo(7);
        assertThat(o.platform().address()).isEqualTo("滨河新村30栋3单元1028室");
        assertThat(o.platform().dispatchNote()).isEqualTo("请属地街道核实处理并回复来电人");
        assertThat(o.platform().contactPhone()).isEqualTo("19348452703");
        assertThat(m.read(3, row("物业服务质量", "维修响应慢", "一般", "2026-03-10 09:05:00")).order().urgent()).isFalse();
    }

    @Test
    void categoriesResolveByPairThenSynonymThenParentElseTravelAsSent() {
        PlatformMapping m = new PlatformMapping("示例平台", definition(), HEADER);
        // a near-synonym under any 大类
        assertThat(m.read(2, row("未知大类", "保洁不到位", "一般", "")).order().category())
                .isEqualTo("SERVICE_QUALITY.CLEANING");
        // the 大类's fallback for a 小类 the table does not name
        assertThat(m.read(2, row("专项维修资金", "维修资金使用", "一般", "")).order().category()).isEqualTo("MAINTENANCE_FUND");
        // not in the table: both parts go on, for Tiaojie's own names to resolve (names may hold "/")
        assertThat(m.read(2, row("噪音/相邻关系", "楼上漏水", "一般", "")).order().category()).isEqualTo("噪音/相邻关系/楼上漏水");
        assertThat(m.read(2, row("未知大类", "", "一般", "")).order().category()).isEqualTo("未知大类");
    }

    @Test
    void callTimesAreReadAsPlatformsAndExcelWriteThemAndOthersAreNamed() {
        List<WorkOrderProblem> problems = new ArrayList<>();
        var at = LocalDateTime.of(2026, 8, 31, 11, 21).atZone(CaseworkConfiguration.ZONE).toInstant();
        assertThat(WorkOrderCells.calledAt("2026-08-31 11:21:00", problems)).isEqualTo(at);
        assertThat(WorkOrderCells.calledAt("2026/8/31 11:21", problems)).isEqualTo(at);
        assertThat(WorkOrderCells.calledAt("2026年08月31日 11:21", problems)).isEqualTo(at);
        assertThat(WorkOrderCells.calledAt("2026-08-31T11:21", problems)).isEqualTo(at);
        assertThat(problems).isEmpty();
        assertThat(WorkOrderCells.calledAt("2026-02-30 10:00", problems)).isNull();
        assertThat(WorkOrderCells.calledAt("昨天下午", problems)).isNull();
        assertThat(problems).extracting(WorkOrderProblem::field).containsExactly("calledAt", "calledAt");
        assertThat(problems.getLast().message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("昨天下午", "2026-08-31 11:21");
    }
}
