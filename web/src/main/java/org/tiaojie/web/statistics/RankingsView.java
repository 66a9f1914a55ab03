package org.tiaojie.web.statistics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.statistics.CreditGrade;
import org.tiaojie.casework.statistics.RankingRow;
import org.tiaojie.casework.statistics.RankingService;
import org.tiaojie.documents.DocumentService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.XlsxTable;

/**
 * 排名与信用: the area's compounds or property companies for a period, most complaints per 100
 * households first, with agreement and overdue rates and listings; companies with their credit
 * points and grade. Both lists export to XLSX and PDF as shown.
 */
@Route(value = "rankings", layout = MainLayout.class)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class RankingsView extends VerticalLayout implements HasDynamicTitle {

    private final RankingService rankings;
    private final DocumentService documents;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Tab compoundsTab = new Tab();
    private final Tab companiesTab = new Tab();
    private final Tabs tabs = new Tabs();
    private final Grid<RankingRow> grid = new Grid<>(RankingRow.class, false);
    private final Span error = new Span();
    private List<RankingRow> rows = List.of();

    public RankingsView(RankingService rankings, DocumentService documents, Clock clock) {
        this.rankings = rankings;
        this.documents = documents;
        addClassName("tj-page");
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        from.setId("tj-period-from");
        from.setLabel(getTranslation("dashboard.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("tj-period-to");
        to.setLabel(getTranslation("dashboard.to"));
        to.setValue(today);
        Button apply = new Button(getTranslation("dashboard.apply"), e -> reload());
        apply.setId("tj-period-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compoundsTab.setLabel(getTranslation("ranking.compounds"));
        compoundsTab.setId("tj-ranking-compounds");
        companiesTab.setLabel(getTranslation("ranking.companies"));
        companiesTab.setId("tj-ranking-companies");
        tabs.add(compoundsTab, companiesTab);
        tabs.addSelectedChangeListener(e -> reload());
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = xlsx();
            return new DownloadResponse(new ByteArrayInputStream(file), fileStem() + ".xlsx", XlsxTable.MIME,
                    file.length);
        }), getTranslation("ranking.exportXlsx"));
        xlsx.setId("tj-export-xlsx");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentService.Rendered file = pdf();
            return new DownloadResponse(new ByteArrayInputStream(file.pdf()), file.fileName(), "application/pdf",
                    file.pdf().length);
        }), getTranslation("ranking.exportPdf"));
        pdf.setId("tj-export-pdf");
        HorizontalLayout bar = new HorizontalLayout(from, to, apply, xlsx, pdf);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        error.setId("tj-period-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        grid.setId("tj-rankings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(bar, error, tabs, grid);
        setFlexGrow(1, grid);
        reload();
    }

    private boolean companies() {
        return tabs.getSelectedTab() == companiesTab;
    }

    private void reload() {
        try {
            rows = companies() ? rankings.companies(from.getValue(), to.getValue())
                    : rankings.compounds(from.getValue(), to.getValue());
        } catch (CaseworkException e) {
            error.setText(e.getLocalizedMessage(getLocale()));
            error.setVisible(true);
            return;
        }
        error.setVisible(false);
        grid.removeAllColumns();
        List<String> headers = headers();
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            if (companies() && c == headers.size() - 1) {
                grid.addComponentColumn(r -> grade(r.grade())).setHeader(headers.get(c)).setAutoWidth(true)
                        .setFlexGrow(0);
            } else {
                var col = grid.addColumn(r -> cells(r).get(column)).setHeader(headers.get(c)).setAutoWidth(true);
                if (c == 1) {
                    col.setFlexGrow(1);
                } else {
                    col.setFlexGrow(0);
                }
            }
        }
        grid.setItems(rows);
    }

    private Span grade(CreditGrade g) {
        Span s = new Span(g == null ? "" : Labels.of(this, g));
        if (g != null) {
            s.getElement().getThemeList().add(switch (g) {
                case AAA, AA -> "badge success";
                case A, B -> "badge";
                case C -> "badge contrast";
                case BLACKLIST -> "badge error primary";
            });
        }
        return s;
    }

    private List<String> headers() {
        List<String> h = new ArrayList<>(List.of(getTranslation("ranking.rank"),
                getTranslation(companies() ? "ranking.company" : "ranking.compound")));
        h.add(getTranslation(companies() ? "ranking.compoundCount" : "ranking.community"));
        h.addAll(List.of(getTranslation("ranking.households"), getTranslation("ranking.complaints"),
                getTranslation("ranking.per100"), getTranslation("ranking.agreementRate"),
                getTranslation("ranking.overdueRate"), getTranslation("ranking.listings")));
        if (companies()) {
            h.add(getTranslation("ranking.points"));
            h.add(getTranslation("ranking.grade"));
        }
        return h;
    }

    private List<String> cells(RankingRow r) {
        List<String> c = new ArrayList<>(List.of(Integer.toString(r.rank()), r.name(),
                companies() ? Integer.toString(r.compounds()) : r.area(), Long.toString(r.households()),
                Long.toString(r.complaints()), r.complaintsPer100() == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", r.complaintsPer100()),
                percent(r.agreementRate()), percent(r.overdueRate()), Integer.toString(r.listings())));
        if (companies()) {
            c.add(r.points() == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", r.points()));
            c.add(r.grade() == null ? "" : Labels.of(this, r.grade()));
        }
        return c;
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }

    private String title() {
        return getTranslation(companies() ? "ranking.titleCompanies" : "ranking.titleCompounds");
    }

    private String fileStem() {
        return title() + "-" + from.getValue() + "-" + to.getValue();
    }

    /**
     * The list as shown as an XLSX workbook (the period and area on top, header frozen): counts and points as numbers,
     * rates as numbers in a percent format, so the sheet sums and sorts them.
     */
    public byte[] xlsx() {
        List<String> h = headers();
        List<XlsxTable.Column<RankingRow>> columns = new ArrayList<>(List.of(
                XlsxTable.Column.of(h.get(0), XlsxTable.Kind.COUNT, RankingRow::rank),
                XlsxTable.Column.<RankingRow>of(h.get(1), XlsxTable.Kind.TEXT, RankingRow::name).wide(30),
                companies() ? XlsxTable.Column.of(h.get(2), XlsxTable.Kind.COUNT, RankingRow::compounds)
                        : XlsxTable.Column.<RankingRow>of(h.get(2), XlsxTable.Kind.TEXT, RankingRow::area).wide(20),
                XlsxTable.Column.of(h.get(3), XlsxTable.Kind.COUNT, RankingRow::households),
                XlsxTable.Column.of(h.get(4), XlsxTable.Kind.COUNT, RankingRow::complaints),
                XlsxTable.Column.of(h.get(5), XlsxTable.Kind.DECIMAL, RankingRow::complaintsPer100),
                XlsxTable.Column.of(h.get(6), XlsxTable.Kind.PERCENT, RankingRow::agreementRate),
                XlsxTable.Column.of(h.get(7), XlsxTable.Kind.PERCENT, RankingRow::overdueRate),
                XlsxTable.Column.of(h.get(8), XlsxTable.Kind.COUNT, RankingRow::listings)));
        if (companies()) {
            columns.add(XlsxTable.Column.of(h.get(9), XlsxTable.Kind.DECIMAL, RankingRow::points));
            columns.add(XlsxTable.Column.of(h.get(10), XlsxTable.Kind.TEXT,
                    r -> r.grade() == null ? null : Labels.of(this, r.grade())));
        }
        return XlsxTable.write(title(), getTranslation("ranking.period", Labels.date(from.getValue()),
                Labels.date(to.getValue()), CurrentUser.require().organisationName()), columns, rows.stream());
    }

    /** The list as shown as an A4 PDF. */
    public DocumentService.Rendered pdf() {
        List<String> headers = headers();
        // widths by what the columns hold: "100.0%" and four-digit household counts must not wrap on A4
        float[] share = companies() ? new float[] {1.1f, 3.0f, 1.2f, 1.5f, 1.2f, 1.4f, 2.1f, 2.1f, 1.1f, 1.4f, 1.5f}
                : new float[] {1.1f, 3.2f, 2.4f, 1.5f, 1.3f, 1.4f, 2.1f, 2.1f, 1.2f};
        List<Float> weights = new ArrayList<>();
        for (float w : share) {
            weights.add(w);
        }
        List<List<String>> body = rows.stream().map(this::cells).toList();
        return documents.table(title(), CurrentUser.require().organisationName(), getTranslation("ranking.period",
                Labels.date(from.getValue()), Labels.date(to.getValue()), CurrentUser.require().organisationName()),
                headers, weights, body, getTranslation("ranking.fileSuffix", from.getValue(), to.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rankings");
    }
}
