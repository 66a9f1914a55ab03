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

        // a period that ends before it starts is refused with the reason; the figures stay
        find(DatePicker.class).id("tj-period-to").setValue(today.withDayOfYear(1).minusDays(1));
        test(find(Button.class).id("tj-period-apply")).click();
        assertThat(find(Span.class).id("tj-period-error").getText()).isEqualTo("统计期间的结束日期不能早于开始日期。");
        assertThat(find(StatCard.class).id("tj-kpi-intake").getValueText())
                .isEqualTo(Long.toString(board.kpis().intake()));
    }
}
