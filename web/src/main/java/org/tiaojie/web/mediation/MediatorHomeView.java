package org.tiaojie.web.mediation;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.account.SavedFilterService;
import org.tiaojie.casework.organisation.AreaPlaces;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.calendar.WorkingCalendar;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.web.base.DisputeGrid;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.StatCards;

/**
 * 我的案件: the open disputes of the mediator's organisation, nearest deadline first, with the
 * counts by clock state on top and filters; each row opens the case file.
 */
@Route(value = "mediator", layout = MainLayout.class)
@RolesAllowed(Role.MEDIATOR_NAME)
public class MediatorHomeView extends VerticalLayout implements HasDynamicTitle {

    public MediatorHomeView(DisputeQueryService disputes, CalendarService calendarService, CategoryService categories,
            AreaPlaces areaPlaces, SavedFilterService savedFilters, Clock clock) {
        addClassName("tj-page");
        setSizeFull();
        DisputeFilter own = DisputeFilter.open().ownOrganisation();
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        WorkingCalendar calendar = calendarService.calendar();
        Map<DisputeState, Long> byState = disputes.countByState(own);

        StatCards cards = new StatCards();
        cards.add("home.mediator.open", byState.values().stream().mapToLong(Long::longValue).sum(), "tj-open")
                .add("home.mediator.registered", byState.getOrDefault(DisputeState.REGISTERED, 0L), "tj-registered")
                .add("home.mediator.normal", count(disputes, own, ClockStatus.NORMAL, today), "tj-normal")
                .add("home.mediator.warning", count(disputes, own, ClockStatus.WARNING, today), "tj-warning")
                .add("home.mediator.overdue", count(disputes, own, ClockStatus.OVERDUE, today), "tj-overdue");

        DisputeGrid grid = new DisputeGrid(disputes, calendar, clock, own, DisputeSort.DUE_DATE_ASC);
        grid.setId("tj-queue");
        grid.getColumnByKey("organisation").setVisible(false); // always the mediator's own
        QueueFilterBar filters = new QueueFilterBar(own, categories.findAll(), areaPlaces.compoundOptions(CurrentUser.require().area()), calendar, today,
                savedFilters,
                grid::setFilter);
        add(cards);
        org.tiaojie.web.base.ProvisionalCalendarNote.of(this, calendar, today).ifPresent(this::add);
        // on a phone the filters fold under one line, so the queue comes first; open on anything wider
        com.vaadin.flow.component.details.Details folded = new com.vaadin.flow.component.details.Details(
                getTranslation("queue.filters"), filters);
        folded.setId("tj-queue-filters");
        folded.setWidthFull();
        folded.setOpened(true);
        org.tiaojie.web.base.Narrow.watch(this, phone -> folded.setOpened(!phone));
        add(folded, grid);
        setFlexGrow(1, grid);
    }

    private static long count(DisputeQueryService disputes, DisputeFilter own, ClockStatus status, LocalDate today) {
        return disputes.count(QueueFilterBar.forClock(own, status, today));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mediator");
    }
}
