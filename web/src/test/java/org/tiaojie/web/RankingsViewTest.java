package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.web.admin.CreditRulesView;
import org.tiaojie.web.statistics.RankingsView;

/** Rankings of compounds and companies with their grades, exported as shown; the credit rule guarded. */
@TiaojieSpringTest
class RankingsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("duban")
    void compoundsAndCompaniesAreRankedAndExportedToExcelAndPdf() throws Exception {
        RankingsView view = navigate(RankingsView.class);
        Grid<?> grid = find(Grid.class).id("tj-rankings");
        long compounds = jdbc.queryForObject("""
                select count(*) from compound c join community m on m.id = c.community_id join street s on s.id = m.street_id
                where s.district_id = (select o.district_id from app_user u join organisation o on o.id = u.organisation_id
                  where u.username = 'duban')""", Long.class);
        assertThat(test(grid).size()).isEqualTo((int) compounds);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("1");
        assertThat(Double.parseDouble(test(grid).getCellText(0, 5)))
                .isGreaterThanOrEqualTo(test(grid).getCellText(1, 5).equals("—") ? 0
                        : Double.parseDouble(test(grid).getCellText(1, 5)));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(view.xlsx()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("物业小区投诉排名");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("每百户投诉");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) compounds + 1);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(test(grid).getCellText(0, 1));
            // issue #27: numbers are numbers, rates numbers with a percent format (not "66.7%" as text)
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                var rate = sheet.getRow(r).getCell(6);
                if (rate != null) {
                    assertThat(rate.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                    assertThat(rate.getNumericCellValue()).isBetween(0.0, 1.0);
                    assertThat(String.format(java.util.Locale.ROOT, "%.1f%%", rate.getNumericCellValue() * 100))
                            .isEqualTo(test(grid).getCellText(r - 2, 6));
                } else {
                    assertThat(test(grid).getCellText(r - 2, 6)).isEqualTo("—");
                }
            }
        }

        find(Tabs.class).first().setSelectedTab(find(Tab.class).id("tj-ranking-companies"));
        assertThat(test(grid).size()).isPositive();
        assertThat(test(grid).getCellText(0, 9)).matches("-?\\d+\\.\\d");
        var pdf = view.pdf();
        assertThat(pdf.fileName()).startsWith("物业服务企业信用评价");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "rankings-companies.pdf"), pdf.pdf());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.pdf())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("物业服务企业信用评价", "信用等级", test(grid).getCellText(0, 1).replaceAll("\\s+", ""));
        }
    }

    @Test
    @WithUserDetails("admin")
    void aCreditRuleWithOverlappingGradesIsRefusedAndNothingChanges() {
        navigate(CreditRulesView.class);
        long version = jdbc.queryForObject("select version from credit_rule where id = 1", Long.class);
        find(IntegerField.class).id("tj-credit-aaMin").setValue(95);
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).startsWith("等级分数线须满足");
        assertThat(jdbc.queryForObject("select aa_min from credit_rule where id = 1", Integer.class)).isEqualTo(80);
        find(IntegerField.class).id("tj-credit-aaMin").setValue(85);
        test(find(Button.class).id("tj-save")).click();
        assertThat(jdbc.queryForObject("select aa_min from credit_rule where id = 1", Integer.class)).isEqualTo(85);
        assertThat(jdbc.queryForObject("select version from credit_rule where id = 1", Long.class)).isEqualTo(version + 1);
        find(IntegerField.class).id("tj-credit-aaMin").setValue(80);
        test(find(Button.class).id("tj-save")).click();
    }
}
