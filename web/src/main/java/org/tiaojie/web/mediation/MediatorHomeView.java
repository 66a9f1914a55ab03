package org.tiaojie.web.mediation;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import org.tiaojie.web.base.DisputeGrid;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.StatCards;

/** 我的案件: the open disputes of the mediator's organisation, nearest deadline first. */
@Route(value = "mediator", layout = MainLayout.class)
@RolesAllowed(Role.MEDIATOR_NAME)
public class MediatorHomeView extends VerticalLayout implements HasDynamicTitle {

    public MediatorHomeView(DisputeQueryService disputes, CalendarService calendar, Clock clock) {
        addClassName("tj-page");
        setSizeFull();
        DisputeFilter own = DisputeFilter.open().ownOrganisation();
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        Map<DisputeState, Long> byState = disputes.countByState(own);
        long overdue = disputes.count(own.withDueBefore(today));

        StatCards cards = new StatCards();
        cards.add("home.mediator.open", byState.values().stream().mapToLong(Long::longValue).sum(), "tj-open")
                .add("home.mediator.registered", byState.getOrDefault(DisputeState.REGISTERED, 0L), "tj-registered")
                .add("home.mediator.inMediation", byState.getOrDefault(DisputeState.IN_MEDIATION, 0L)
                        + byState.getOrDefault(DisputeState.ACCEPTED, 0L), "tj-in-mediation")
                .add("home.mediator.overdue", overdue, "tj-overdue");

        DisputeGrid grid = new DisputeGrid(disputes, calendar.calendar(), clock, own, DisputeSort.DUE_DATE_ASC);
        grid.setId("tj-queue");
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("home.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.addValueChangeListener(e -> grid.setFilter(own.withText(e.getValue())));
        add(cards, search, grid);
        setFlexGrow(1, grid);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.mediator");
    }
}
