package org.tiaojie.web.referral;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeSort;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.referral.ReferralRow;
import org.tiaojie.casework.referral.EntrustmentService;
import org.tiaojie.casework.referral.ReferralService;
import org.tiaojie.web.base.DisputeGrid;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.StatCards;

/**
 * 移送案件: what mediation organisations referred to this court, and only that, newest first,
 * with where each stands; a row opens the case file, where the clerk signs for it, returns it for
 * correction, files it and records the outcome. Below, the disputes the court entrusted to
 * mediation (委派/委托调解), and the button to entrust another.
 */
@Route(value = "court", layout = MainLayout.class)
@RolesAllowed(Role.COURT_CLERK_NAME)
public class CourtHomeView extends VerticalLayout implements HasDynamicTitle {

    public CourtHomeView(DisputeQueryService disputes, ReferralService referrals, EntrustmentService entrustments,
            CategoryService categories, CalendarService calendar, Clock clock) {
        addClassName("tj-page");
        setSizeFull();
        Map<DisputeState, Long> byState = disputes.countByState(DisputeFilter.all());
        StatCards cards = new StatCards()
                .add("home.court.pending", byState.getOrDefault(DisputeState.REFERRED_TO_COURT, 0L), "tj-pending")
                .add("home.court.total", referrals.inboxSize(), "tj-total");
        Grid<ReferralRow> grid = new Grid<>(ReferralRow.class, false);
        grid.setId("tj-referrals");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ReferralRow::caseNumber).setHeader(getTranslation("dispute.caseNumber")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(this, r.kind())).setHeader(getTranslation("referralUi.kind")).setAutoWidth(true);
        grid.addColumn(ReferralRow::organisationName).setHeader(getTranslation("referralUi.from")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(this, r.state())).setHeader(getTranslation("referralUi.state")).setAutoWidth(true);
        grid.addColumn(r -> Labels.dateTime(r.sentAt())).setHeader(getTranslation("referralUi.sentAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.filingNumber() == null ? "" : r.filingNumber())
                .setHeader(getTranslation("referralUi.filingNumber")).setAutoWidth(true);
        grid.addColumn(r -> r.outcome() == null ? "" : Labels.of(this, r.outcome()))
                .setHeader(getTranslation("referralUi.outcomeField")).setAutoWidth(true);
        grid.setItems(query -> referrals.inbox(query.getOffset(), query.getLimit()).stream(),
                query -> (int) referrals.inboxSize());
        // a row opens the case file (its route lives in the mediation package, so navigate by address)
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("case/" + e.getItem().disputeId())));
        // 委派/委托调解: what this court entrusted to mediation, and where it stands
        DisputeGrid entrusted = new DisputeGrid(disputes, calendar.calendar(), clock, new DisputeFilter(Set.of(), false,
                false, Set.of(Channel.COURT_ENTRUSTED), null, null, null), DisputeSort.REGISTERED_DESC);
        entrusted.setId("tj-entrusted");
        Button entrust = new Button(getTranslation("entrust.title"),
                e -> EntrustDialog.open(this, entrustments, categories.findAll(), () -> entrusted.getDataProvider()
                        .refreshAll()));
        entrust.setId("tj-entrust");
        entrust.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("entrust.list")), entrust);
        heading.setAlignItems(Alignment.BASELINE);
        add(cards, new H3(getTranslation("referralUi.inbox")), grid, heading, entrusted);
        setFlexGrow(1, grid, entrusted);
        grid.setMinHeight("18em");
        entrusted.setMinHeight("14em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.court");
    }
}
