package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.tiaojie.web.intake.ImportView;

/**
 * 工单批量导入 without a browser, on a database of its own (ten thousand orders would crowd the
 * other tests' district): a 10,000-row XLSX file with 3% bad rows is checked, the good rows import
 * with progress, the bad ones are listed with reasons; importing it again adds nothing. A CSV
 * saved by Excel in GB18030 reads; a file that is neither is refused with a message.
 */
@SpringBootTest(properties = "tiaojie.test.database=import")
@ActiveProfiles("test")
class ImportViewIT extends SpringBrowserlessTest {

    static final String[] HEADINGS = {"工单编号", "来电人", "来电号码", "小区", "纠纷类别", "诉求内容", "涉及人数", "紧急"};

    @Autowired
    JdbcTemplate jdbc;

    List<String> compounds() {
        return jdbc.queryForList("""
                select min(c.name) from compound c group by c.name having count(*) = 1 order by min(c.name)""",
                String.class);
    }

    /**
     * Row i of the file; every 33rd row (3%) is bad in one of four ways. Each row has its own caller and words: rows
     * of one caller, or of closely alike words, at one compound are one matter to the repeat-call rule (issue #27).
     */
    String[] row(String prefix, int i, List<String> compounds) {
        String phone = "13" + String.format("%09d", Math.floorMod((prefix + i).hashCode(), 1_000_000_000));
        String[] r = {prefix + i, "测试" + i, phone, compounds.get(i % compounds.size()),
            i % 2 == 0 ? "物业服务质量/维修响应" : "FEES.SERVICE_FEE", "第" + i + "号工单：楼道照明损坏，编号" + java.util.UUID.nameUUIDFromBytes((prefix + i).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "1", "否"};
        if (i % 33 == 0) {
            switch ((i / 33) % 4) {
                case 0 -> r[2] = "12345";
                case 1 -> r[3] = "没有这个小区";
                case 2 -> r[5] = "";
                default -> r[6] = "两";
            }
        }
        return r;
    }

    byte[] xlsx(String prefix, int rows) throws Exception {
        List<String> compounds = compounds();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("工单");
            var head = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.length; c++) {
                head.createCell(c).setCellValue(HEADINGS[c]);
            }
            for (int i = 1; i <= rows; i++) {
                var row = sheet.createRow(i);
                String[] values = row(prefix, i, compounds);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    long imported(String prefix) {
        return jdbc.queryForObject("select count(*) from dispute where external_ref like ?", Long.class, prefix + "%");
    }

    void runImport() throws InterruptedException {
        test(find(Button.class).id("tj-import-start")).click();
        awaitImport();
    }

    void awaitImport() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (!find(Span.class).id("tj-import-summary").getText().startsWith("导入完成") && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            roundTrip();
        }
    }

    @Test
    @WithUserDetails("huawu")
    void tenThousandRowsWithThreePercentBadImportTheGoodOnesOnce() throws Exception {
        ImportView view = navigate(ImportView.class);
        String prefix = "IMP-" + Long.toString(System.nanoTime(), 36) + "-";
        byte[] file = xlsx(prefix, 10_000);
        test(find(Upload.class).id("tj-import-upload")).upload("工单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        roundTrip();
        assertThat(find(Span.class).id("tj-import-summary").getText())
                .isEqualTo("共 10,000 行：可导入 9,697 行，已导入过 0 行，有错误 303 行。");
        assertThat(find(Button.class).id("tj-import-start").getText()).isEqualTo("导入 9,697 条");
        assertThat(find(Anchor.class).id("tj-import-report").isVisible()).isTrue();

        long started = System.nanoTime();
        test(find(Button.class).id("tj-import-start")).click();
        // another file while it runs is refused, and the running import goes on with its own
        test(find(Upload.class).id("tj-import-upload")).upload("另一个.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(prefix + "X-", 3));
        assertThat(find(Span.class).id("tj-import-error").getText()).isEqualTo("正在导入上一个文件，请等它完成后再上传。");
        awaitImport();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("IMPORT 10,000 rows (9,697 good) in %.1f s: %.0f rows/s%n", seconds, 10_000 / seconds);
        assertThat(find(Span.class).id("tj-import-summary").getText())
                .isEqualTo("导入完成：共 10,000 行，新登记 9,697 件，并入已有案件 0 件，已存在 0 件，未导入 303 行。");
        assertThat(find(Span.class).id("tj-import-progress-text").getText()).startsWith("完成，每秒约");
        // the result to take away: order number → case number → organisation
        assertThat(find(Anchor.class).id("tj-import-result").isVisible()).isTrue();
        assertThat(imported(prefix)).isEqualTo(9_697);
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute d where d.external_ref like ? and not exists
                  (select 1 from dispute_clock c where c.dispute_id = d.id and c.kind = 'SIGN_FOR')""", Long.class,
                prefix + "%")).isZero();

        // the same file again: nothing is registered twice
        test(find(Upload.class).id("tj-import-upload")).upload("工单.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        roundTrip();
        assertThat(find(Span.class).id("tj-import-summary").getText())
                .isEqualTo("共 10,000 行：可导入 0 行，已导入过 9,697 行，有错误 303 行。");
        assertThat(find(Button.class).id("tj-import-start").isEnabled()).isFalse();
        assertThat(imported(prefix)).isEqualTo(9_697);
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails("huawu")
    void badRowsAreReportedWithReasonsAndExcelsChineseCsvReads() throws Exception {
        navigate(ImportView.class);
        String prefix = "CSV-" + Long.toString(System.nanoTime(), 36) + "-";
        List<String> compounds = compounds();
        StringBuilder csv = new StringBuilder(String.join(",", HEADINGS)).append("\r\n");
        for (int i = 1; i <= 66; i++) {
            csv.append(String.join(",", row(prefix, i, compounds))).append("\r\n");
        }
        csv.append(prefix).append("1,重复,13900000000,").append(compounds.getFirst())
                .append(",维修响应,同一文件中的重复工单,1,是\r\n");
        byte[] gb = csv.toString().getBytes(Charset.forName("GB18030"));
        test(find(Upload.class).id("tj-import-upload")).upload("工单.csv", "text/csv", gb);
        roundTrip();
        assertThat(find(Span.class).id("tj-import-summary").getText())
                .isEqualTo("共 67 行：可导入 64 行，已导入过 1 行，有错误 2 行。");
        var grid = find(com.vaadin.flow.component.grid.Grid.class).id("tj-import-rows");
        find(com.vaadin.flow.component.checkbox.Checkbox.class).id("tj-import-only-problems").setValue(true);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("34");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("本辖区没有名为“没有这个小区”的小区。");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("67");
        assertThat(test(grid).getCellText(1, 5)).isEqualTo("请填写纠纷简要情况。");
        runImport();
        assertThat(imported(prefix)).isEqualTo(64);

        test(find(Upload.class).id("tj-import-upload")).upload("扫描.pdf", "application/pdf",
                "%PDF-1.7 not a spreadsheet".getBytes());
        roundTrip();
        assertThat(find(Span.class).id("tj-import-error").getText()).startsWith("无法读取该文件");
        assertThat(find(Span.class).id("tj-import-summary").getText()).isEmpty();
    }

    /** A row may name one further party (the upstairs owner in a leak) with an agent, checked like the screen's. */
    @Test
    @WithUserDetails("huawu")
    void aRowNamesAFurtherPartyWithAnAgentAndBadOnesAreProblemsOfTheirRow() throws Exception {
        navigate(ImportView.class);
        String prefix = "PTY-" + Long.toString(System.nanoTime(), 36) + "-";
        String compound = compounds().get(3);
        String csv = "工单编号,来电人,来电号码,小区,纠纷类别,诉求内容,其他当事人身份,其他当事人姓名,其他当事人身份证号,"
                + "其他当事人电话,其他当事人住址,其他当事人委托代理人,其他当事人代理权限\r\n"
                + prefix + "1,蒋测试,13900000001," + compound + ",维修响应,楼上漏水,第三人,韩测试,110101199003077571,"
                + "19500001234,3幢301室,韩代理,特别授权\r\n"
                + prefix + "2,蒋测试,13900000002," + compound + ",维修响应,楼上漏水,邻居,韩测试,,,,,\r\n"
                + prefix + "3,蒋测试,13900000003," + compound + ",维修响应,楼上漏水,,韩测试,,,,韩代理,\r\n";
        test(find(Upload.class).id("tj-import-upload")).upload("工单.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        roundTrip();
        assertThat(find(Span.class).id("tj-import-summary").getText()).isEqualTo("共 3 行：可导入 1 行，已导入过 0 行，有错误 2 行。");
        var grid = find(com.vaadin.flow.component.grid.Grid.class).id("tj-import-rows");
        find(com.vaadin.flow.component.checkbox.Checkbox.class).id("tj-import-only-problems").setValue(true);
        assertThat(test(grid).getCellText(0, 5)).contains("邻居");
        assertThat(test(grid).getCellText(1, 5)).contains("代理权限");
        runImport();
        assertThat(imported(prefix)).isOne();
        assertThat(jdbc.queryForMap("""
                select p.role, p.agent_name, p.agent_authority from dispute_party p join dispute d on d.id = p.dispute_id
                where d.external_ref = ? and p.name = '韩测试'""", prefix + "1")).containsEntry("role", "THIRD_PARTY")
                .containsEntry("agent_name", "韩代理").containsEntry("agent_authority", "SPECIAL");

        // the same order number again with other content is said as such, naming the case; nothing changes until the
        // operator chooses what becomes of it
        navigate(ImportView.class);
        test(find(Upload.class).id("tj-import-upload")).upload("工单.csv", "text/csv",
                csv.replace("楼上漏水,第三人", "楼道灯不亮,第三人").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        roundTrip();
        assertThat(find(Span.class).id("tj-import-summary").getText())
                .isEqualTo("共 3 行：可导入 0 行，已导入过 0 行，有错误 2 行，内容有变化的已登记工单 1 行。");
        find(com.vaadin.flow.component.checkbox.Checkbox.class).id("tj-import-only-problems").setValue(true);
        var rows = test(find(com.vaadin.flow.component.grid.Grid.class).id("tj-import-rows"));
        assertThat(rows.getCellText(0, 2)).isEqualTo("内容有变化");
        assertThat(rows.getCellText(0, 5)).contains(prefix + "1", "已登记为案件", "这次发来的内容不同");
        assertThat(find(com.vaadin.flow.component.button.Button.class).id("tj-import-start").isEnabled()).isFalse();
    }
}
