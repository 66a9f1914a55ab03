package org.tiaojie.web.base;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * A lazy list of disputes: pages come from the database as the user scrolls, in the order the
 * user picks; the deadline column shows working days left, coloured (临期 ≤ 2, 超期 below 0).
 */
public class DisputeGrid extends Grid<DisputeRow> {

    private final DisputeQueryService disputes;
    private DisputeFilter filter;
    private final DisputeSort defaultSort;
    /**
     * The last row of each page fetched, by the offset that follows it: scrolling on asks for the
     * next page after that row (keyset paging), as fast deep in a long list as at its top. A few
     * dozen rows (the session's memory is counted); emptied when the filter or the order changes.
     */
    private final Map<Integer, DisputeRow> lastRows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DisputeRow> eldest) {
            return size() > 64;
        }
    };
    private DisputeSort lastRowsSort;

    public DisputeGrid(DisputeQueryService disputes, WorkingCalendar calendar, Clock clock, DisputeFilter filter,
            DisputeSort defaultSort) {
        super(DisputeRow.class, false);
        this.disputes = disputes;
        this.filter = filter;
        this.defaultSort = defaultSort;
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(50);

        addColumn(DisputeRow::caseNumber).setHeader(getTranslation("dispute.caseNumber")).setKey("caseNumber")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> Labels.of(this, r.state())).setHeader(getTranslation("dispute.state")).setKey("state")
                .setAutoWidth(true).setFlexGrow(0);
        // a template, not a component per row: the first screen after login is sent and drawn sooner
        addColumn(LitRenderer.<DisputeRow>of("<span class=\"${item.dueStyle}\" title=\"${item.dueTitle}\">${item.due}</span>")
                .withProperty("due", r -> due(r, calendar, today).text())
                .withProperty("dueStyle", r -> due(r, calendar, today).style())
                .withProperty("dueTitle", r -> due(r, calendar, today).title()))
                .setHeader(getTranslation("dispute.due")).setKey("dueDate")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(DisputeRow::compoundName).setHeader(getTranslation("dispute.compound")).setKey("compound");
        addColumn(DisputeRow::categoryName).setHeader(getTranslation("dispute.category")).setKey("category");
        addColumn(r -> Labels.of(this, r.channel())).setHeader(getTranslation("dispute.channel")).setKey("channel");
        addColumn(r -> Labels.of(this, r.tier())).setHeader(getTranslation("dispute.tier")).setKey("tier")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(DisputeRow::organisationName).setHeader(getTranslation("dispute.organisation")).setKey("organisation");
        addColumn(r -> Labels.dateTime(r.registeredAt())).setHeader(getTranslation("dispute.registeredAt"))
                .setKey("registeredAt").setSortable(true).setAutoWidth(true).setFlexGrow(0);

        // a row opens the case file (its route lives in the mediation package, so navigate by address)
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("case/" + e.getItem().id())));
        setItems(query -> {
            DisputeSort sort = sortOf(query.getSortOrders());
            if (sort != lastRowsSort) {
                lastRows.clear();
                lastRowsSort = sort;
            }
            List<DisputeRow> page = disputes.page(this.filter, sort, query.getOffset(), query.getLimit(),
                    lastRows.get(query.getOffset()));
            if (!page.isEmpty()) {
                lastRows.put(query.getOffset() + page.size(), page.getLast());
            }
            return page.stream();
        });
    }

    public void setFilter(DisputeFilter newFilter) {
        this.filter = newFilter;
        lastRows.clear();
        getDataProvider().refreshAll();
    }


    private DisputeSort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            return defaultSort;
        }
        var first = orders.getFirst();
        boolean asc = first.getDirection() == SortDirection.ASCENDING;
        return switch (first.getSorted()) {
            case "caseNumber" -> asc ? DisputeSort.CASE_NUMBER_ASC : DisputeSort.CASE_NUMBER_DESC;
            case "registeredAt" -> asc ? DisputeSort.REGISTERED_ASC : DisputeSort.REGISTERED_DESC;
            default -> DisputeSort.DUE_DATE_ASC;
        };
    }

    /** The deadline cell: its text, its colour class and, as tooltip, the date. */
    record Due(String text, String style, String title) {
    }

    Due due(DisputeRow row, WorkingCalendar calendar, LocalDate today) {
        if (row.dueDate() == null || !row.state().isOpen()) {
            return new Due(Labels.date(row.dueDate()), "", "");
        }
        String date = Labels.date(row.dueDate());
        if (row.dueDate().isBefore(today)) {
            int over = Math.max(1, calendar.workingDaysBetween(row.dueDate(), today));
            return new Due(getTranslation("clock.overdue", over), "tj-due-overdue", date);
        }
        int left = calendar.workingDaysBetween(today, row.dueDate());
        return left <= 2 ? new Due(getTranslation("clock.warning", left), "tj-due-warning", date)
                : new Due(getTranslation("clock.normal", left), "tj-due-normal", date);
    }
}
