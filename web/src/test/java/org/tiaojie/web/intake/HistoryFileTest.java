package org.tiaojie.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.history.HistoryLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderProblem;

/** The history template (历史案件导入, #28): read as written, in either encoding; its error report imports again. */
class HistoryFileTest {

    static List<HistoryLine> read(byte[] bytes) {
        List<HistoryLine> lines = new ArrayList<>();
        HistoryFile.open(SheetRows.Input.of(bytes), 1000).chunks(1000, c -> lines.addAll(c.lines()));
        return lines;
    }

    @Test
    void theTemplatesExampleRowReadsAsAFinishedCase() {
        List<HistoryLine> lines = read(HistoryFile.template());
        assertThat(lines).hasSize(1);
        HistoryLine row = lines.getFirst();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.common().order().orderNumber()).isEqualTo("（2024）青湖调字第118号");
        assertThat(row.common().order().platform().calledAt()).isEqualTo(java.time.Instant.parse("2024-05-06T01:30:00Z"));
        assertThat(row.endedAt()).isEqualTo("2024-05-20 16:00");
        assertThat(row.outcome()).isEqualTo("调解成功");
        assertThat(row.channel()).isEqualTo("当事人申请");
        assertThat(row.note()).startsWith("双方达成协议");
        assertThat(row.common().order().amount()).isEqualByComparingTo("2000");
        assertThat(row.common().order().parties()).hasSize(1);
        assertThat(row.common().readProblems()).isEmpty();
    }

    @Test
    void aGb18030FileWithFieldNamesInAnyOrderReads() {
        String csv = "outcome,endedAt,calledAt,orderNumber,compound,category,description\n"
                + "撤回,2025-03-02,2025-02-20 10:00,LS-2025-7,锦华苑,PARKING,车位纠纷\n";
        HistoryLine row = read(csv.getBytes(Charset.forName("GB18030"))).getFirst();
        assertThat(row.outcome()).isEqualTo("撤回");
        assertThat(row.common().order().compound()).isEqualTo("锦华苑");
        assertThat(row.common().order().description()).isEqualTo("车位纠纷");
    }

    @Test
    void aFileWithoutTheColumnsOfAFinishedCaseIsRefusedNamingThem() {
        byte[] workOrders = WorkOrderFile.template();
        assertThatThrownBy(() -> read(workOrders)).isInstanceOfSatisfying(WorkOrderFile.Unreadable.class, e -> {
            assertThat(e.key()).isEqualTo("import.file.columns");
            assertThat((String) e.args()[0]).contains("原案件编号", "登记时间", "办结时间", "调解结果");
        });
    }

    @Test
    void theErrorReportKeepsTheFilesColumnsAndImportsAgainAsItIs() {
        byte[] file = ("原案件编号,登记时间,办结时间,调解结果,小区,纠纷类别,纠纷内容\n"
                + "A-1,2025-01-02,2025-01-09,调解成功,锦华苑,PARKING,车位\n"
                + "A-2,2025-01-02,2025-01-01,已处理,锦华苑,PARKING,车位\n").getBytes(StandardCharsets.UTF_8);
        ImportSource<HistoryLine> source = HistoryFile.open(SheetRows.Input.of(file), 1000);
        List<ImportOutcome> outcomes = List.of(new ImportOutcome(2, "A-1", ImportOutcome.Status.CREATED, 1L, List.of()),
                new ImportOutcome(3, "A-2", ImportOutcome.Status.REJECTED, null, List.of(new WorkOrderProblem("outcome",
                        "history.outcome.unknown", "已处理", "调解成功"))));
        byte[] report = WorkOrderFile.errorReport(source, outcomes, Locale.SIMPLIFIED_CHINESE, "导入失败原因");
        String text = new String(report, StandardCharsets.UTF_8);
        assertThat(text).contains("原案件编号,登记时间,办结时间,调解结果,小区,纠纷类别,纠纷内容,导入失败原因")
                .contains("A-2,2025-01-02,2025-01-01,已处理").doesNotContain("A-1,");
        List<HistoryLine> again = read(report);
        assertThat(again).hasSize(1);
        assertThat(again.getFirst().common().order().orderNumber()).isEqualTo("A-2");
    }
}
