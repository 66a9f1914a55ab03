package org.tiaojie.web.supervision;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.supervision.ExtensionService;
import org.tiaojie.casework.supervision.QuarterlyListingService;
import org.tiaojie.web.base.DisputeGrid;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.StatCards;

/**
 * 督办总览: open, overdue and supervised disputes in the supervisor's area; extension requests;
 * the quarter's listed compounds; the overdue and supervised lists.
 */
@Route(value = "supervisor", layout = MainLayout.class)
@RolesAllowed(Role.SUPERVISOR_NAME)
public class SupervisorHomeView extends VerticalLayout implements HasDynamicTitle {

    public SupervisorHomeView(DisputeQueryService disputes, ExtensionService extensions, QuarterlyListingService listing,
            CalendarService calendar, org.tiaojie.casework.statistics.StatisticsService statistics, Clock clock) {
        addClassName("tj-page");
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        DisputeFilter open = DisputeFilter.open();
        Map<DisputeState, Long> all = disputes.countByState(DisputeFilter.all());
        long openCount = open.states().stream().mapToLong(s -> all.getOrDefault(s, 0L)).sum();

        StatCards cards = new StatCards();
        cards.add("home.supervisor.open", openCount, "tj-open")
                .add("home.supervisor.overdue", disputes.count(open.withDueBefore(today)), "tj-overdue")
                .add("home.supervisor.supervised", disputes.count(open.supervised()), "tj-supervised")
                .add("home.supervisor.referred", all.getOrDefault(DisputeState.REFERRED_TO_COURT, 0L), "tj-referred")
                .add("home.supervisor.closed", all.getOrDefault(DisputeState.CLOSED, 0L)
                        + all.getOrDefault(DisputeState.REVISITED, 0L) + all.getOrDefault(DisputeState.ARCHIVED, 0L),
                        "tj-closed");
        DisputeGrid overdue = new DisputeGrid(disputes, calendar.calendar(), clock, open.withDueBefore(today),
                DisputeSort.DUE_DATE_ASC);
        overdue.setId("tj-overdue-list");
        DisputeGrid supervised = new DisputeGrid(disputes, calendar.calendar(), clock, open.supervised(),
                DisputeSort.DUE_DATE_ASC);
        supervised.setId("tj-supervised-list");
        add(cards);
        org.tiaojie.web.base.ProvisionalCalendarNote.of(this, calendar.calendar(), today).ifPresent(this::add);
        add(new H3(getTranslation("dashboard.title")), new org.tiaojie.web.statistics.DashboardPanel(statistics, today),
                new H3(getTranslation("approval.title")), new ExtensionApprovals(extensions),
                new ListedCompounds(listing),
                new H3(getTranslation("home.supervisor.overdueList")), overdue,
                new H3(getTranslation("home.supervisor.supervisedList")), supervised);
        setFlexGrow(1, overdue, supervised);
        // the sections above take their rows' height; the two lists keep room for a dozen rows, and the page scrolls
        overdue.setMinHeight("24em");
        supervised.setMinHeight("24em");
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervisor");
    }
}
