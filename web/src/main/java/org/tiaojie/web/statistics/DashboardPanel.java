package org.tiaojie.web.statistics;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.statistics.Breakdown;
import org.tiaojie.casework.statistics.Dashboard;
import org.tiaojie.casework.statistics.Figure;
import org.tiaojie.casework.statistics.Dimension;
import org.tiaojie.casework.statistics.Kpis;
import org.tiaojie.casework.statistics.Slice;
import org.tiaojie.casework.statistics.StatisticsService;
import org.tiaojie.web.base.EChart;
import org.tiaojie.web.base.StatCard;

/**
 * 统计看板 of the supervisor's area for a chosen period: the figures of docs/DOMAIN.md as cards, the trend
 * by month, and registrations by category, tier and the area's parts as charts. Every card and
 * every bar or slice opens the disputes behind it.
 */
public class DashboardPanel extends VerticalLayout {

    private final StatisticsService statistics;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div cards = new Div();
    private final EChart trend = new EChart();
    private final EChart categories = new EChart();
    private final EChart tiers = new EChart();
    private final EChart areas = new EChart();
    private final Span error = new Span();
    private Dashboard shown;

    public DashboardPanel(StatisticsService statistics, LocalDate today) {
        this.statistics = statistics;
        setPadding(false);
        from.setId("tj-period-from");
        from.setLabel(getTranslation("dashboard.from"));
        from.setValue(today.withDayOfYear(1));
        from.setMax(today);
        to.setId("tj-period-to");
        to.setLabel(getTranslation("dashboard.to"));
        to.setValue(today);
        Button apply = new Button(getTranslation("dashboard.apply"), e -> refresh());
        apply.setId("tj-period-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button year = new Button(getTranslation("dashboard.thisYear"), e -> period(today.withDayOfYear(1), today));
        Button twelve = new Button(getTranslation("dashboard.last12"), e -> period(today.minusMonths(12).plusDays(1), today));
        Button quarter = new Button(getTranslation("dashboard.lastQuarter"), e -> {
            LocalDate start = org.tiaojie.casework.supervision.QuarterlyListingService.quarterStart(today).minusMonths(3);
            period(start, start.plusMonths(3).minusDays(1));
        });
        for (Button b : List.of(year, twelve, quarter)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout bar = new HorizontalLayout(from, to, apply, year, twelve, quarter);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        error.setId("tj-period-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        cards.setId("tj-kpis");
        cards.addClassName("tj-cards");
        trend.setId("tj-chart-trend");
        categories.setId("tj-chart-category");
        tiers.setId("tj-chart-tier");
        areas.setId("tj-chart-area");
        Div charts = new Div(box("dashboard.trend", trend), box("dashboard.byCategory", categories),
                box("dashboard.byTier", tiers), box("dashboard.byArea", areas));
        charts.addClassName("tj-charts");
        trend.addItemClickListener(month -> drill(Figure.INTAKE, null, Dimension.MONTH, month, month));
        categories.addItemClickListener(name -> drillByLabel(Dimension.CATEGORY, name, shown == null ? List.of() : shown.categories()));
        tiers.addItemClickListener(name -> drillByLabel(Dimension.TIER, name, shown == null ? List.of() : shown.tiers()));
        areas.addItemClickListener(name -> drillByLabel(Dimension.AREA, name, shown == null ? List.of() : shown.areas()));
        add(bar, error, cards, charts);
        refresh();
    }

    private Div box(String titleKey, EChart chart) {
        H3 title = new H3(getTranslation(titleKey));
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-m)");
        Div box = new Div(title, chart);
        box.addClassName("tj-chart-box");
        return box;
    }

    private void period(LocalDate start, LocalDate end) {
        from.setValue(start);
        to.setValue(end);
        refresh();
    }

    private void refresh() {
        try {
            shown = statistics.dashboard(from.getValue(), to.getValue());
        } catch (CaseworkException e) {
            error.setText(e.getLocalizedMessage(getLocale()));
            error.setVisible(true);
            return;
        }
        error.setVisible(false);
        Kpis k = shown.kpis();
        cards.removeAll();
        card("dashboard.intake", Long.toString(k.intake()), Figure.INTAKE, null, "tj-kpi-intake");
        card("dashboard.acceptance", percent(k.acceptanceRate()), Figure.ACCEPTED, Figure.DECIDED, "tj-kpi-acceptance");
        card("dashboard.agreement", percent(k.agreementRate()), Figure.AGREED, Figure.CONCLUDED, "tj-kpi-agreement");
        card("dashboard.onTime", percent(k.onTimeRate()), Figure.CLOSED_ON_TIME, Figure.CLOSED_TIMED, "tj-kpi-ontime");
        card("dashboard.daysToClose", k.averageWorkingDaysToClose() == null ? "—"
                : String.format(java.util.Locale.ROOT, "%.1f", k.averageWorkingDaysToClose()), Figure.CLOSED, null,
                "tj-kpi-days");
        card("dashboard.overdue", Long.toString(k.overdue()), Figure.OVERDUE, null, "tj-kpi-overdue");
        card("dashboard.satisfaction", percent(k.satisfactionRate()), Figure.SATISFIED, Figure.VISITED,
                "tj-kpi-satisfaction");
        card("dashboard.repeats", percent(k.repeatRate()), Figure.REPEATS, Figure.INTAKE, "tj-kpi-repeats");
        card("dashboard.referrals", Long.toString(k.referrals()), Figure.REFERRED, null, "tj-kpi-referrals");
        card("dashboard.confirmations", Long.toString(k.confirmations()), Figure.CONFIRMED, null, "tj-kpi-confirmations");
        card("dashboard.performance", percent(k.performanceRate()), Figure.TERMS_PERFORMED, Figure.TERMS_DUE,
                "tj-kpi-performance");
        card("dashboard.supervised", getTranslation("dashboard.supervisedValue", k.supervised(), k.supervisionsOverdue()),
                Figure.SUPERVISED, null, "tj-kpi-supervised");

        String intake = getTranslation("dashboard.series.intake");
        String closed = getTranslation("dashboard.series.closed");
        trend.setOption(EChart.categories(shown.months().stream().map(Breakdown::label).toList(),
                series(intake, shown.months(), Breakdown::intake, closed, Breakdown::closed), false, false));
        List<Breakdown> topCategories = shown.categories().stream().limit(12).toList().reversed();
        categories.setOption(EChart.categories(topCategories.stream().map(Breakdown::label).toList(),
                series(intake, topCategories, Breakdown::intake, closed, Breakdown::closed), false, true));
        tiers.setOption(EChart.pie(shown.tiers().stream().map(this::tierLabel).toList(),
                shown.tiers().stream().map(Breakdown::intake).toList()));
        List<Breakdown> topAreas = shown.areas().stream().limit(15).toList();
        areas.setOption(EChart.categories(topAreas.stream().map(Breakdown::label).toList(),
                series(intake, topAreas, Breakdown::intake, closed, Breakdown::closed), false, false));
    }

    private static Map<String, List<? extends Number>> series(String first, List<Breakdown> lines,
            Function<Breakdown, Long> a, String second, Function<Breakdown, Long> b) {
        Map<String, List<? extends Number>> s = new LinkedHashMap<>();
        s.put(first, lines.stream().map(a).toList());
        s.put(second, lines.stream().map(b).toList());
        return s;
    }

    private String tierLabel(Breakdown b) {
        return "NONE".equals(b.key()) ? getTranslation("dashboard.noTier")
                : org.tiaojie.web.base.Labels.of(this, org.tiaojie.casework.organisation.Tier.valueOf(b.key()));
    }

    private void drillByLabel(Dimension dimension, String label, List<Breakdown> lines) {
        for (Breakdown b : lines) {
            String shownLabel = dimension == Dimension.TIER ? tierLabel(b) : b.label();
            if (shownLabel.equals(label)) {
                drill(Figure.INTAKE, null, dimension, b.key(), label);
                return;
            }
        }
    }

    private void drill(Figure figure, Figure base, Dimension dimension, String key, String label) {
        if (shown == null) {
            return;
        }
        String title = getTranslation("dashboard.drillTitle", getTranslation("dashboard.figure." + figure.name()),
                label == null ? "" : "（" + label + "）");
        String ofBase = base == null ? null : getTranslation("dashboard.drillOfBase",
                getTranslation("dashboard.figure." + base.name()), shown.kpis().count(base));
        new DrillDownDialog(statistics, title, ofBase, figure, dimension == null ? null
                : new Slice(dimension, key), shown.from(), shown.to()).open();
    }

    /**
     * A card: its value and, for a rate, the two counts it is made of ("12 / 40 件"). Opening it lists the cases of
     * {@code figure} (a rate's part); the list names the base, so the card's figures are the list's.
     */
    private void card(String labelKey, String value, Figure figure, Figure base, String elementId) {
        StatCard card = new StatCard(getTranslation(labelKey), 0);
        card.setValueText(value);
        card.setId(elementId);
        if (base != null) {
            Span counts = new Span(getTranslation("dashboard.rateCounts", shown.kpis().count(figure),
                    shown.kpis().count(base)));
            counts.addClassName("tj-card-sub");
            counts.setId(elementId + "-counts");
            card.add(counts);
        }
        card.addClassName("tj-card-link");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("title", getTranslation("dashboard.drillHint"));
        Runnable open = () -> drill(figure, base, null, null, null);
        card.addClickListener(e -> open.run());
        com.vaadin.flow.component.Shortcuts.addShortcutListener(card, open::run, Key.ENTER).listenOn(card);
        cards.add(card);
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }
}
