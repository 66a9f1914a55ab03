package org.tiaojie.web.referral;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.dispute.DisputeFilter;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.referral.ReferralRow;
import org.tiaojie.casework.referral.ReferralService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.StatCards;

/**
 * 移送案件: what mediation organisations referred to this court, and only that, newest first,
 * with where each stands; a row opens the case file, where the clerk signs for it, returns it for
 * correction, files it and records the outcome.
 */
@Route(value = "court", layout = MainLayout.class)
@RolesAllowed(Role.COURT_CLERK_NAME)
public class CourtHomeView extends VerticalLayout implements HasDynamicTitle {

    public CourtHomeView(DisputeQueryService disputes, ReferralService referrals) {
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
        add(cards, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.court");
    }
}
