package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.Map;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.CaseDetailService;
import org.tiaojie.web.base.Labels;

/**
 * The parties of a case file. Phone and ID numbers are masked; "显示" reveals one party's numbers
 * through the service, which audits who looked, when, and at which party.
 */
class CaseParties extends Grid<DisputeDetail.Party> {

    private final Map<Long, DisputeDetail.Revealed> revealed = new HashMap<>();

    CaseParties(CaseFileServices services, DisputeDetail d, boolean editable, Runnable refresh) {
        this(services.details(), d);
        if (editable) {
            addComponentColumn(p -> {
                Button edit = new Button(getTranslation("action.edit"),
                        e -> PartyDialog.open(services, d, p, refresh));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                edit.setId("tj-edit-party-" + p.id());
                HorizontalLayout actions = new HorizontalLayout(edit);
                actions.getStyle().set("gap", "var(--lumo-space-s)");
                if (p.agentName() != null) {
                    Button authority = new Button(getTranslation(p.powerOfAttorneyId() == null
                            ? "party.powerOfAttorney.add" : "party.powerOfAttorney.replace"),
                            e -> PartyDialog.powerOfAttorney(services, d, p, refresh));
                    authority.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    authority.setId("tj-party-power-" + p.id());
                    actions.add(authority);
                }
                Button remove = new Button(getTranslation("party.remove"), e -> confirmRemoval(services, d, p, refresh));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL,
                        ButtonVariant.LUMO_ERROR);
                remove.setId("tj-remove-party-" + p.id());
                actions.add(remove);
                return actions;
            }).setHeader(getTranslation("party.actions")).setAutoWidth(true).setFlexGrow(0);
        }
    }

    private void confirmRemoval(CaseFileServices services, DisputeDetail d, DisputeDetail.Party p, Runnable refresh) {
        org.tiaojie.web.base.FormDialog dialog = new org.tiaojie.web.base.FormDialog(
                getTranslation("party.remove.title", p.name()), getTranslation("party.remove"),
                () -> services.parties().remove(d.id(), d.version(), p.id()), refresh);
        dialog.addBelow(new Span(getTranslation("party.remove.confirm", Labels.of(this, p.role()), p.name())));
        dialog.open();
    }

    CaseParties(CaseDetailService queries, DisputeDetail d) {
        super(DisputeDetail.Party.class, false);
        setId("tj-parties");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(p -> Labels.of(this, p.role()) + (p.representative() ? getTranslation("case.representative") : ""))
                .setHeader(getTranslation("case.partyRole")).setAutoWidth(true).setFlexGrow(0);
        addColumn(p -> p.organisation() || p.ethnicity() == null ? p.name()
                : Labels.withNote(this, p.name(), p.ethnicity())).setHeader(getTranslation("case.partyName"));
        addColumn(p -> p.organisation() ? nz(p.creditCode()) : number(p.id(), p.idNumberMasked(), true))
                .setHeader(getTranslation("case.partyIdentity"));
        addColumn(p -> number(p.id(), p.phoneMasked(), false)).setHeader(getTranslation("case.partyPhone"));
        addColumn(p -> p.organisation() ? getTranslation("case.legalRepresentative", nz(p.legalRepresentative()))
                + (p.representativeTitle() == null ? "" : " · " + p.representativeTitle()) : nz(p.address()))
                .setHeader(getTranslation("case.partyMore"));
        addColumn(p -> p.agentName() == null ? "" : Labels.withNote(this, p.agentName(), Labels.of(this, p.agentAuthority())))
                .setHeader(getTranslation("case.agent"));
        addComponentColumn(p -> {
            if (p.organisation() && p.phoneMasked().isEmpty()) {
                return new Span();
            }
            Button show = new Button(getTranslation("case.show"), e -> {
                revealed.put(p.id(), queries.revealParty(d.id(), p.id()));
                getDataProvider().refreshItem(p);
                e.getSource().setEnabled(false);
            });
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            show.setId("tj-show-party-" + p.id());
            return show;
        }).setAutoWidth(true).setFlexGrow(0);
        setItems(d.parties());
    }

    private String number(long partyId, String masked, boolean idNumber) {
        DisputeDetail.Revealed r = revealed.get(partyId);
        if (r == null) {
            return masked;
        }
        return nz(idNumber ? r.idNumber() : r.phone());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
