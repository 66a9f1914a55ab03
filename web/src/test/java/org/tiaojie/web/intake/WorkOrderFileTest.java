package org.tiaojie.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportMapping;
import org.tiaojie.casework.intake.PlatformMapping;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/** Files as platforms and Excel write them (#28): a platform's export by its mapping, exact XLSX values. */
class WorkOrderFileTest {

    static final String EXPORT = """
            工单编号,来电时间,来电人,来电号码,联系电话,所属街道,小区,详细地址,诉求大类,诉求小类,诉求内容,紧急程度,办理时限(工作日),派单要求,回访结果
            GD20260831000403,2026-08-31 11:21:00,莫测试,19348452703,19348452703,西湖街道,滨河新村,滨河新村30栋3单元1028室,物业服务质量,维修响应慢,楼道灯坏了一个月无人修。,紧急,2,请属地街道核实处理并回复来电人,满意
            GD20260813000044,2026年08月13日 18:11,许测试,188-7113-2255,,东城街道,锦华苑,锦华苑16栋3单元2567室,噪音/相邻关系,楼上漏水,楼上漏水导致天花板发霉。,一般,15,请属地街道核实处理并回复来电人,
            """;

    static ImportMapping.Definition mapping() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String[] c : new String[][] {{"工单编号", "orderNumber"}, {"来电时间", "calledAt"}, {"来电人", "callerName"},
            {"来电号码", "callerPhone"}, {"联系电话", "contactPhone"}, {"所属街道", ""}, {"小区", "compound"},
            {"详细地址", "address"}, {"诉求大类", "category"}, {"诉求小类", "subCategory"}, {"诉求内容", "description"},
            {"紧急程度", "urgent"}, {"办理时限(工作日)", "replyDays"}, {"派单要求", "dispatchNote"}}) {
            columns.put(c[0], c[1]);
        }
        return new ImportMapping.Definition(columns, Map.of("urgent", Map.of("一般", "否", "紧急", "是")),
                List.of(new ImportMapping.CategoryEntry("物业服务质量", "维修响应慢", "SERVICE_QUALITY.REPAIR")),
                List.of(new ImportMapping.CompoundAlias("滨河新村", "福安新村", null)));
    }

    static WorkOrderFile.Read withMapping(byte[] bytes) {
        return WorkOrderFile.read(bytes, header -> List.of(new PlatformMapping("示例 12345 平台", mapping(), header)));
    }

    @Test
    void aPlatformsExportIsReadByItsMappingInEitherEncoding() {
        for (byte[] bytes : List.of(("\uFEFF" + EXPORT).getBytes(StandardCharsets.UTF_8),
                EXPORT.getBytes(Charset.forName("GB18030")))) {
            WorkOrderFile.Read read = withMapping(bytes);
            assertThat(read.platform()).isEqualTo("示例 12345 平台");
            assertThat(read.unknownHeadings()).containsExactly("回访结果");
            assertThat(read.ignoredHeadings()).containsExactly("所属街道");
            assertThat(read.lines()).hasSize(2).allMatch(l -> l.readProblems().isEmpty());
            ImportLine first = read.lines().getFirst();
            assertThat(first.order().compound()).isEqualTo("福安新村");
            assertThat(first.order().category()).isEqualTo("SERVICE_QUALITY.REPAIR");
            assertThat(first.order().urgent()).isTrue();
            assertThat(first.order().platform().replyDays()).isEqualTo(2);
            ImportLine second = read.lines().getLast();
            assertThat(second.order().category()).isEqualTo("噪音/相邻关系/楼上漏水");
            assertThat(second.order().callerPhone()).isEqualTo("188-7113-2255");
            assertThat(second.order().platform().calledAt()).isEqualTo(LocalDateTime.of(2026, 8, 13, 18, 11)
                    .atZone(CaseworkConfiguration.ZONE).toInstant());
        }
        // without the mapping the file is refused, naming what it lacks
        assertThatThrownBy(() -> WorkOrderFile.read(EXPORT.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WorkOrderFile.Unreadable.class, e -> assertThat(e.key).isEqualTo("import.file.columns"));
    }

    @Test
    void xlsxNumbersDatesAndLongNumbersAreReadAsWritten() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            List<String> headings = List.of("工单编号", "来电时间", "来电号码", "小区", "纠纷类别", "诉求内容", "争议金额", "涉及人数");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                head.createCell(i).setCellValue(headings.get(i));
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            double[] amounts = {7938.49, 168.88, 0.1 + 0.2, 1234567.8};
            for (int r = 0; r < amounts.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue("QX-XLSX-" + r);
                row.createCell(1).setCellValue(LocalDateTime.of(2026, 3, 10, 9, 5));
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue(13800138000d);
                row.createCell(3).setCellValue("锦华苑");
                row.createCell(4).setCellValue("噪音/相邻关系");
                row.createCell(5).setCellValue("楼上漏水");
                row.createCell(6).setCellValue(amounts[r]);
                row.createCell(7).setCellValue(12);
            }
            book.write(out);
            bytes = out.toByteArray();
        }
        List<ImportLine> lines = WorkOrderFile.read(bytes);
        assertThat(lines).allMatch(l -> l.readProblems().isEmpty());
        assertThat(lines).extracting(l -> l.order().amount()).containsExactly(new BigDecimal("7938.49"),
                new BigDecimal("168.88"), new BigDecimal("0.30000000000000004"), new BigDecimal("1234567.8"));
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.order().callerPhone()).isEqualTo("13800138000");
            assertThat(l.order().partyCount()).isEqualTo(12);
            assertThat(l.order().category()).isEqualTo("噪音/相邻关系");
            assertThat(l.order().platform().calledAt()).isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 5)
                    .atZone(CaseworkConfiguration.ZONE).toInstant());
        });
    }

    @Test
    void theErrorReportCarriesTheOriginalColumnsAndImportsAgainAsItIs() {
        WorkOrderFile.Read read = withMapping(EXPORT.getBytes(StandardCharsets.UTF_8));
        List<org.tiaojie.casework.intake.ImportOutcome> outcomes = List.of(
                new org.tiaojie.casework.intake.ImportOutcome(2, "GD20260831000403",
                        org.tiaojie.casework.intake.ImportOutcome.Status.CREATED, 7L, List.of()),
                new org.tiaojie.casework.intake.ImportOutcome(3, "GD20260813000044",
                        org.tiaojie.casework.intake.ImportOutcome.Status.REJECTED, null, List.of(
                                new org.tiaojie.casework.intake.WorkOrderProblem("compound", "workOrder.compound.unknown",
                                        "锦华苑"))));
        byte[] report = WorkOrderFile.errorReport(read, outcomes, java.util.Locale.SIMPLIFIED_CHINESE, "导入失败原因");
        String text = new String(report, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text.lines().findFirst().orElseThrow()).endsWith("回访结果,导入失败原因");
        assertThat(text).contains("GD20260813000044,2026年08月13日 18:11,许测试,188-7113-2255").contains("锦华苑")
                .doesNotContain("GD20260831000403");
        // the report, corrected or not, is read by the same mapping, its reasons column passed over without a warning
        WorkOrderFile.Read again = withMapping(report);
        assertThat(again.platform()).isEqualTo("示例 12345 平台");
        assertThat(again.unknownHeadings()).containsExactly("回访结果");
        assertThat(again.ignoredHeadings()).contains("导入失败原因");
        assertThat(again.lines()).singleElement().satisfies(l -> {
            assertThat(l.line()).isEqualTo(2);
            assertThat(l.order().orderNumber()).isEqualTo("GD20260813000044");
            assertThat(l.order().platform().replyDays()).isEqualTo(15);
        });
        // the result to take away: order number, outcome, case number, organisation
        String result = new String(WorkOrderFile.result(outcomes, Map.of(7L,
                new org.tiaojie.casework.intake.WorkOrderImportService.CaseRef("（2026）青溪临江街人调字第00001号", "临江街道调解中心")),
                List.of("行号", "工单编号", "结果", "案号", "承办单位"), st -> st.name()), StandardCharsets.UTF_8);
        assertThat(result).contains("2,GD20260831000403,CREATED,（2026）青溪临江街人调字第00001号,临江街道调解中心")
                .contains("3,GD20260813000044,REJECTED,,");
    }
}
