package org.tiaojie.web.base;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * A lazy list of disputes: pages come from the database as the user scrolls, in the order the
 * user picks; the deadline column names the nearest running clock and shows what is left of it,
 * coloured by that clock's own 临期 and 超期 times.
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
    private final Column<DisputeRow> card;
    /** Which columns the screen showed before the window became a phone's. */
    private final Map<String, Boolean> onDesk = new java.util.HashMap<>();
    private boolean narrow;

    public DisputeGrid(DisputeQueryService disputes, WorkingCalendar calendar, Clock clock, DisputeFilter filter,
            DisputeSort defaultSort) {
        super(DisputeRow.class, false);
        this.disputes = disputes;
        this.filter = filter;
        this.defaultSort = defaultSort;
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        Instant now = clock.instant();
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(50);

        addColumn(DisputeRow::caseNumber).setHeader(getTranslation("dispute.caseNumber")).setKey("caseNumber")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> Labels.of(this, r.state())).setHeader(getTranslation("dispute.state")).setKey("state")
                .setAutoWidth(true).setFlexGrow(0);
        // a template, not a component per row: the first screen after login is sent and drawn sooner
        addColumn(LitRenderer.<DisputeRow>of("<span class=\"${item.dueStyle}\" title=\"${item.dueTitle}\">${item.due}</span>")
                .withProperty("due", r -> due(r, calendar, today, now).text())
                .withProperty("dueStyle", r -> due(r, calendar, today, now).style())
                .withProperty("dueTitle", r -> due(r, calendar, today, now).title()))
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

        // on a phone one card per row instead of the columns: the whole case number, state, deadline, place, kind
        card = addColumn(LitRenderer.<DisputeRow>of("""
                <div class="tj-row-card"><div><b>${item.number}</b> <span theme="badge small">${item.state}</span></div>
                <div class="${item.dueStyle}">${item.due}</div>
                <div class="tj-muted">${item.place}</div></div>""")
                .withProperty("number", DisputeRow::caseNumber)
                .withProperty("state", r -> Labels.of(this, r.state()))
                .withProperty("due", r -> due(r, calendar, today, now).text())
                .withProperty("dueStyle", r -> due(r, calendar, today, now).style())
                .withProperty("place", r -> getTranslation("dispute.cardPlace", r.compoundName(), r.categoryName(),
                        Labels.of(this, r.tier()))))
                .setHeader(getTranslation("dispute.cases")).setKey("card");
        card.setVisible(false);
        Narrow.watch(this, this::narrow);

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

    /** Cards on a phone, the columns (as the screen chose them) on anything wider. */
    private void narrow(boolean phone) {
        if (phone == narrow) {
            return;
        }
        narrow = phone;
        for (Column<DisputeRow> c : getColumns()) {
            if (c == card) {
                continue;
            }
            if (phone) {
                onDesk.put(c.getKey(), c.isVisible());
                c.setVisible(false);
            } else {
                c.setVisible(onDesk.getOrDefault(c.getKey(), true));
            }
        }
        card.setVisible(phone);
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

    /**
     * The nearest running clock, named (签收, 调解期限…): 超期 from its due time, 临期 from its own
     * warning time (never at its start: see DeadlineCalculator), hours for an hour clock, and in the
     * tooltip the last day with 按暂定节假日计算 where it counts over a year whose notice is not in.
     */
    Due due(DisputeRow row, WorkingCalendar calendar, LocalDate today, Instant now) {
        if (row.dueDate() == null || !row.state().isOpen()) {
            return new Due(Labels.date(row.dueDate()), "", "");
        }
        boolean hours = row.dueAt() != null
                && !DeadlineCalculator.endOf(DeadlineCalculator.lastDayOf(row.dueAt())).equals(row.dueAt());
        String title = hours ? Labels.dateTime(row.dueAt()) : Labels.date(row.dueDate());
        if (!hours && calendar.provisionalBetween(today, row.dueDate())) {
            title = title + " · " + getTranslation("clock.provisional");
        }
        String text;
        String style;
        boolean overdue = row.dueAt() != null ? !now.isBefore(row.dueAt()) : row.dueDate().isBefore(today);
        if (overdue) {
            long hoursOver = hours ? Duration.between(row.dueAt(), now).toHours() : 0;
            text = !hours ? getTranslation("clock.overdue", Math.max(1, calendar.workingDaysBetween(row.dueDate(), today)))
                    : hoursOver < 48 ? getTranslation("clock.overdueHours", Math.max(1, hoursOver))
                    : getTranslation("clock.overdueDays", hoursOver / 24);
            style = "tj-due-overdue";
        } else {
            boolean warning = row.dueWarnAt() != null ? !now.isBefore(row.dueWarnAt())
                    : calendar.workingDaysBetween(today, row.dueDate()) <= 2;
            int daysLeft = hours ? 0 : calendar.workingDaysBetween(today, row.dueDate());
            String left = hours ? getTranslation("clock.hoursLeft", hoursLeft(now, row.dueAt()))
                    : daysLeft == 0 ? getTranslation("clock.dueToday")
                    : getTranslation("clock.daysLeft", daysLeft);
            text = warning ? getTranslation("clock.warningOf", left) : left;
            style = warning ? "tj-due-warning" : "tj-due-normal";
        }
        if (row.dueClock() != null) {
            text = getTranslation("clock.named", Labels.of(this, row.dueClock()), text);
        }
        return new Due(text, style, title);
    }

    /** Whole hours left, rounded up: a clock due in 20 minutes has "1 小时" left, not 0. */
    private static long hoursLeft(Instant now, Instant due) {
        long minutes = Duration.between(now, due).toMinutes();
        return Math.max(1, (minutes + 59) / 60);
    }
}
