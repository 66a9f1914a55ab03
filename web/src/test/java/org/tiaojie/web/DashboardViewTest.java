package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.statistics.Figure;
import org.tiaojie.casework.statistics.StatisticsService;
import org.tiaojie.web.base.EChart;
import org.tiaojie.web.base.StatCard;
import org.tiaojie.web.supervision.SupervisorHomeView;

/** The supervisor's dashboard shows the service's figures, charts them, drills down and refuses a bad period. */
@TiaojieSpringTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    StatisticsService statistics;

    @Test
    @WithUserDetails("duban")
    void theFiguresOfTheYearAreShownChartedAndListedOnClick() {
        navigate(SupervisorHomeView.class);
        LocalDate today = LocalDate.now(CaseworkConfiguration.ZONE);
        var board = statistics.dashboard(today.withDayOfYear(1), today);
        assertThat(board.kpis().intake()).isPositive();
        assertThat(find(StatCard.class).id("tj-kpi-intake").getValueText())
                .isEqualTo(Long.toString(board.kpis().intake()));
        assertThat(find(StatCard.class).id("tj-kpi-acceptance").getValueText()).endsWith("%");
        assertThat(find(StatCard.class).id("tj-kpi-overdue").getValueText())
                .isEqualTo(Long.toString(board.kpis().overdue()));
        // the trend has a point for each month of the year so far, the category chart the top categories
        assertThat(find(EChart.class).id("tj-chart-trend").getOptionJson()).contains(today.getYear() + "-01")
                .contains("登记").contains("办结");
        assertThat(find(EChart.class).id("tj-chart-category").getOptionJson())
                .contains(board.categories().getFirst().label());

        // a card lists the disputes behind it
        test(find(StatCard.class).id("tj-kpi-intake")).click();
        Grid<?> drill = find(Grid.class).id("tj-drilldown");
        assertThat(test(drill).size()).isEqualTo((int) Math.min(board.kpis().intake(), Integer.MAX_VALUE));
        assertThat(find(Span.class).id("tj-drilldown-count").getText()).isEqualTo("共 " + board.kpis().intake() + " 件");
        assertThat(statistics.count(Figure.INTAKE, null, today.withDayOfYear(1), today)).isEqualTo(board.kpis().intake());
        test(find(Button.class).id("tj-drilldown-close")).click();

        // issue #27: every card equals the list it opens — a count card its drill-down's count, a rate card its two
        // counts (part / base), the part being what it lists and the base named in the list
        var k = board.kpis();
        java.util.Map<String, long[]> expected = new java.util.LinkedHashMap<>();
        expected.put("tj-kpi-intake", new long[] {k.count(Figure.INTAKE)});
        expected.put("tj-kpi-acceptance", new long[] {k.count(Figure.ACCEPTED), k.count(Figure.DECIDED)});
        expected.put("tj-kpi-agreement", new long[] {k.count(Figure.AGREED), k.count(Figure.CONCLUDED)});
        expected.put("tj-kpi-ontime", new long[] {k.count(Figure.CLOSED_ON_TIME), k.count(Figure.CLOSED_TIMED)});
        expected.put("tj-kpi-days", new long[] {k.count(Figure.CLOSED)});
        expected.put("tj-kpi-overdue", new long[] {k.count(Figure.OVERDUE)});
        expected.put("tj-kpi-satisfaction", new long[] {k.count(Figure.SATISFIED), k.count(Figure.VISITED)});
        expected.put("tj-kpi-repeats", new long[] {k.count(Figure.REPEATS), k.count(Figure.INTAKE)});
        expected.put("tj-kpi-referrals", new long[] {k.count(Figure.REFERRED)});
        expected.put("tj-kpi-confirmations", new long[] {k.count(Figure.CONFIRMED)});
        expected.put("tj-kpi-performance", new long[] {k.count(Figure.TERMS_PERFORMED), k.count(Figure.TERMS_DUE)});
        expected.put("tj-kpi-supervised", new long[] {k.count(Figure.SUPERVISED)});
        assertThat(find(StatCard.class).all()).filteredOn(c -> c.getId().orElse("").startsWith("tj-kpi-"))
                .extracting(c -> c.getId().orElseThrow()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, counts) -> {
            StatCard card = find(StatCard.class).id(id);
            String value = card.getValueText();
            if (counts.length == 2) {
                assertThat(find(Span.class).id(id + "-counts").getText()).as(id)
                        .isEqualTo(counts[0] + " / " + counts[1] + " 件");
                assertThat(value).as(id).isEqualTo(counts[1] == 0 ? "—"
                        : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * counts[0] / counts[1]));
            } else if (!id.equals("tj-kpi-days")) {
                assertThat(value).as(id).startsWith(Long.toString(counts[0]));
            }
            test(card).click();
            assertThat(test(find(Grid.class).id("tj-drilldown")).size()).as(id + " lists").isEqualTo((int) counts[0]);
            assertThat(find(Span.class).id("tj-drilldown-count").getText()).as(id)
                    .startsWith("共 " + counts[0] + " 件").contains(counts.length == 2 ? "，占“" : "共");
            if (counts.length == 2) {
                assertThat(find(Span.class).id("tj-drilldown-count").getText()).endsWith(counts[1] + " 件");
            }
            if (id.equals("tj-kpi-repeats")) {
                exportsAsListed(find(org.tiaojie.web.statistics.DrillDownDialog.class).first(), drillRows(), counts[0]);
            }
            test(find(Button.class).id("tj-drilldown-close")).click();
        });

        // a period that ends before it starts is refused with the reason; the figures stay
        find(DatePicker.class).id("tj-period-to").setValue(today.withDayOfYear(1).minusDays(1));
        test(find(Button.class).id("tj-period-apply")).click();
        assertThat(find(Span.class).id("tj-period-error").getText()).isEqualTo("统计期间的结束日期不能早于开始日期。");
        assertThat(find(StatCard.class).id("tj-kpi-intake").getValueText())
                .isEqualTo(Long.toString(board.kpis().intake()));
    }

    private java.util.List<String> drillRows() {
        Grid<?> grid = find(Grid.class).id("tj-drilldown");
        java.util.List<String> numbers = new java.util.ArrayList<>();
        for (int r = 0; r < test(grid).size(); r++) {
            numbers.add(test(grid).getCellText(r, 0));
        }
        return numbers;
    }

    /** The drill-down's workbook: the whole case numbers it lists, in its order, registration times as dates. */
    private static void exportsAsListed(org.tiaojie.web.statistics.DrillDownDialog dialog, java.util.List<String> listed,
            long count) {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(dialog.xlsx()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("共 " + count + " 件");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("案号");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo((int) count);
            java.util.List<String> numbers = new java.util.ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
                var registered = sheet.getRow(r).getCell(7);
                assertThat(registered.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(registered)).isTrue();
            }
            assertThat(numbers).isEqualTo(listed).allSatisfy(n -> assertThat(n).matches("（\\d{4}）.+第\\d+号"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
