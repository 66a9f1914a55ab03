package org.tiaojie.web.statistics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.statistics.Figure;
import org.tiaojie.casework.statistics.StatisticsService;
import org.tiaojie.web.base.Labels;

/**
 * The disputes behind a figure of the dashboard, read a page at a time from the database; a row
 * opens the case file. Esc or the button closes it.
 */
class DrillDownDialog extends Dialog {

    DrillDownDialog(StatisticsService statistics, String title, Figure figure, org.tiaojie.casework.statistics.Slice slice,
            LocalDate from, LocalDate to) {
        setHeaderTitle(title);
        setWidth("70em");
        setHeight("36em");
        long total = statistics.count(figure, slice, from, to);
        Span count = new Span(getTranslation("dashboard.drillCount", total));
        count.setId("tj-drilldown-count");
        count.addClassName("tj-muted");
        Grid<DisputeRow> grid = new Grid<>(DisputeRow.class, false);
        grid.setId("tj-drilldown");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DisputeRow::caseNumber).setHeader(getTranslation("dispute.caseNumber")).setWidth("18em")
                .setFlexGrow(0);
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
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("tj-drilldown-close");
        getFooter().add(close);
    }
}
