package org.tiaojie.web.intake;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.web.base.DisputeGrid;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.StatCards;

/** 话务台: what came in lately across the district, newest first, with today's and this week's counts. */
@Route(value = "operator", layout = MainLayout.class)
@RolesAllowed(Role.OPERATOR_NAME)
public class OperatorHomeView extends VerticalLayout implements HasDynamicTitle {

    public OperatorHomeView(DisputeQueryService disputes, CalendarService calendar, Clock clock) {
        addClassName("tj-page");
        setSizeFull();
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        Instant startOfToday = today.atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
        Instant weekAgo = today.minusDays(6).atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
        DisputeFilter all = DisputeFilter.all();

        StatCards cards = new StatCards();
        cards.add("home.operator.today", disputes.count(all.withRegisteredSince(startOfToday)), "tj-today")
                .add("home.operator.week", disputes.count(all.withRegisteredSince(weekAgo)), "tj-week")
                .add("home.operator.hotlineWeek", disputes.count(new DisputeFilter(Set.of(), false, false,
                        Set.of(Channel.HOTLINE_12345), null, null, weekAgo)), "tj-hotline-week")
                .add("home.operator.open", disputes.count(DisputeFilter.open()), "tj-open");
        DisputeGrid grid = new DisputeGrid(disputes, calendar.calendar(), clock, all, DisputeSort.REGISTERED_DESC);
        grid.setId("tj-recent");
        com.vaadin.flow.component.button.Button newCall = new com.vaadin.flow.component.button.Button(
                getTranslation("home.operator.newCall"), com.vaadin.flow.component.icon.VaadinIcon.PHONE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        newCall.setId("tj-new-call");
        newCall.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        add(newCall, cards, grid);
        setFlexGrow(1, grid);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.operator");
    }
}
