package org.tiaojie.web.statistics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.statistics.Figure;
import org.tiaojie.casework.statistics.StatisticsService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.XlsxTable;

/**
 * The disputes behind a figure of the dashboard, read a page at a time from the database; a row
 * opens the case file. The list exports to XLSX as listed (case numbers in full, times in Beijing time).
 * Esc or the button closes it.
 */
public class DrillDownDialog extends Dialog {

    /** Rows read per query when exporting. */
    private static final int EXPORT_PAGE = 1_000;
    /** At most this many rows go into one workbook (a narrower period or a breakdown line exports the rest). */
    static final int EXPORT_MAX = 100_000;

    private final StatisticsService statistics;
    private final String title;
    private final Figure figure;
    private final org.tiaojie.casework.statistics.Slice slice;
    private final LocalDate from;
    private final LocalDate to;
    private final long total;

    /** {@code ofBase}, when the figure is a rate's part: the base it is a share of, named with its count. */
    DrillDownDialog(StatisticsService statistics, String title, String ofBase, Figure figure,
            org.tiaojie.casework.statistics.Slice slice, LocalDate from, LocalDate to) {
        this.statistics = statistics;
        this.title = title;
        this.figure = figure;
        this.slice = slice;
        this.from = from;
        this.to = to;
        setHeaderTitle(title);
        setWidth("76em");
        setHeight("36em");
        getElement().getStyle().set("max-width", "100vw");
        this.total = statistics.count(figure, slice, from, to);
        Span count = new Span(getTranslation("dashboard.drillCount", total) + (ofBase == null ? "" : ofBase));
        count.setId("tj-drilldown-count");
        count.addClassName("tj-muted");
        Grid<DisputeRow> grid = new Grid<>(DisputeRow.class, false);
        grid.setId("tj-drilldown");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // the whole number, never cut: （2026）某区人调字第00082号 is how a supervisor names a case on the phone
        grid.addColumn(DisputeRow::caseNumber).setHeader(getTranslation("dispute.caseNumber")).setWidth("22em")
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(DisputeRow::compoundName).setHeader(getTranslation("dispute.compound"));
        grid.addColumn(DisputeRow::categoryName).setHeader(getTranslation("dispute.category"));
        grid.addColumn(r -> Labels.of(this, r.state())).setHeader(getTranslation("dispute.state")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(this, r.tier())).setHeader(getTranslation("dispute.tier")).setAutoWidth(true);
        // the nearest running clock, named, with its last day (an overdue figure lists which deadline ran out)
        grid.addColumn(r -> r.dueClock() == null ? "—"
                        : getTranslation("clock.named", Labels.of(this, r.dueClock()), Labels.date(r.dueDate())))
                .setHeader(getTranslation("dispute.due")).setAutoWidth(true);
        grid.addColumn(r -> Labels.dateTime(r.registeredAt())).setHeader(getTranslation("dispute.registeredAt"))
                .setAutoWidth(true);
        grid.setItems(q -> statistics.disputes(figure, slice, from, to, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, total));
        grid.addItemClickListener(e -> {
            close();
            getUI().ifPresent(ui -> ui.navigate("case/" + e.getItem().id()));
        });
        grid.setHeightFull();
        add(count, grid);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = xlsx();
            // a category's name may hold a slash: no character a file system refuses
            String name = (title + "-" + from + "-" + to).replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
            return new DownloadResponse(new ByteArrayInputStream(file), name, XlsxTable.MIME, file.length);
        }), getTranslation("dashboard.exportXlsx"));
        export.setId("tj-drilldown-xlsx");
        export.getElement().setAttribute("download", true);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("tj-drilldown-close");
        getFooter().add(export, close);
    }

    /** The figure's cases as the dialog lists them, as a workbook: read {@value #EXPORT_PAGE} rows per query. */
    public byte[] xlsx() {
        List<XlsxTable.Column<DisputeRow>> columns = List.of(
                XlsxTable.Column.<DisputeRow>of(getTranslation("dispute.caseNumber"), XlsxTable.Kind.TEXT,
                        DisputeRow::caseNumber).wide(30),
                XlsxTable.Column.<DisputeRow>of(getTranslation("dispute.compound"), XlsxTable.Kind.TEXT,
                        DisputeRow::compoundName).wide(20),
                XlsxTable.Column.<DisputeRow>of(getTranslation("dispute.category"), XlsxTable.Kind.TEXT,
                        DisputeRow::categoryName).wide(16),
                XlsxTable.Column.of(getTranslation("dispute.state"), XlsxTable.Kind.TEXT, r -> Labels.of(this, r.state())),
                XlsxTable.Column.of(getTranslation("dispute.tier"), XlsxTable.Kind.TEXT, r -> Labels.of(this, r.tier())),
                XlsxTable.Column.of(getTranslation("dashboard.export.clock"), XlsxTable.Kind.TEXT,
                        r -> r.dueClock() == null ? null : Labels.of(this, r.dueClock())),
                XlsxTable.Column.of(getTranslation("dispute.due"), XlsxTable.Kind.DATE, DisputeRow::dueDate),
                XlsxTable.Column.of(getTranslation("dispute.registeredAt"), XlsxTable.Kind.DATE_TIME,
                        DisputeRow::registeredAt));
        long written = Math.min(total, EXPORT_MAX);
        Stream<DisputeRow> rows = LongStream.iterate(0, offset -> offset < written, offset -> offset + EXPORT_PAGE)
                .boxed().flatMap(offset -> statistics.disputes(figure, slice, from, to, offset.intValue(), EXPORT_PAGE)
                        .stream());
        String caption = getTranslation("dashboard.export.caption", title, Labels.date(from), Labels.date(to), total);
        if (written < total) {
            caption += getTranslation("dashboard.export.capped", written);
        }
        return XlsxTable.write(getTranslation("dashboard.export.sheet"), caption, columns, rows);
    }
}
