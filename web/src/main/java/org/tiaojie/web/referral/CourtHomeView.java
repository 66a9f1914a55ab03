package org.tiaojie.web.referral;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.web.base.DisputeGrid;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.StatCards;

/** 移送案件: what mediation organisations referred to this court, and only that. */
@Route(value = "court", layout = MainLayout.class)
@RolesAllowed(Role.COURT_CLERK_NAME)
public class CourtHomeView extends VerticalLayout implements HasDynamicTitle {

    public CourtHomeView(DisputeQueryService disputes, CalendarService calendar, Clock clock) {
        addClassName("tj-page");
        setSizeFull();
        Map<DisputeState, Long> byState = disputes.countByState(DisputeFilter.all());
        StatCards cards = new StatCards()
                .add("home.court.pending", byState.getOrDefault(DisputeState.REFERRED_TO_COURT, 0L), "tj-pending")
                .add("home.court.total", byState.values().stream().mapToLong(Long::longValue).sum(), "tj-total");
        DisputeGrid grid = new DisputeGrid(disputes, calendar.calendar(), clock, DisputeFilter.all(),
                DisputeSort.REGISTERED_DESC);
        grid.setId("tj-referrals");
        add(cards, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.court");
    }
}
