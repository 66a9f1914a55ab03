package org.tiaojie.web.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.dispute.RoutingRuleView;
import org.tiaojie.casework.dispute.RoutingService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.MainLayout;

/** 分派规则: the thresholds that decide at which tier a new dispute starts, and the repeat-call rule (并单). */
@Route(value = "admin/routing", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class RoutingView extends VerticalLayout implements HasDynamicTitle {

    private final RoutingService routing;
    private final IntegerField streetParties = new IntegerField();
    private final BigDecimalField streetAmount = new BigDecimalField();
    private final IntegerField districtParties = new IntegerField();
    private final Checkbox leader = new Checkbox();
    private final Checkbox opinion = new Checkbox();
    private final Span error = new Span();
    private long version;

    public RoutingView(RoutingService routing, org.tiaojie.casework.intake.RepeatCalls repeatCalls) {
        this.routing = routing;
        addClassName("tj-page");
        streetParties.setLabel(getTranslation("routing.streetParties"));
        streetParties.setId("tj-street-parties");
        streetParties.setSuffixComponent(new Span(getTranslation("routing.people")));
        streetAmount.setLabel(getTranslation("routing.streetAmount"));
        streetAmount.setSuffixComponent(new Span(getTranslation("routing.yuan")));
        districtParties.setLabel(getTranslation("routing.districtParties"));
        districtParties.setSuffixComponent(new Span(getTranslation("routing.people")));
        leader.setLabel(getTranslation("routing.leader"));
        opinion.setLabel(getTranslation("routing.opinion"));
        error.setId("tj-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        save.setId("tj-save");
        FormLayout form = new FormLayout(streetParties, streetAmount, districtParties, leader, opinion);
        form.setMaxWidth("40em");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph note = new Paragraph(getTranslation("routing.note"));
        note.addClassName("tj-muted");
        add(note, form, error, save, new RepeatCallForm(repeatCalls));
        load();
    }

    private void load() {
        RoutingRuleView v = routing.view();
        version = v.version();
        streetParties.setValue(v.streetPartyCount());
        streetAmount.setValue(v.streetAmount());
        districtParties.setValue(v.districtPartyCount());
        leader.setValue(v.districtOnLeaderInstruction());
        opinion.setValue(v.districtOnPublicOpinion());
    }

    private void save() {
        try {
            routing.update(version, streetParties.getValue() == null ? 0 : streetParties.getValue(),
                    streetAmount.getValue(), districtParties.getValue() == null ? 0 : districtParties.getValue(),
                    leader.getValue(), opinion.getValue());
            error.setText("");
            load();
            Notification.show(getTranslation("routing.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CaseworkException e) {
            error.setText(e.getLocalizedMessage(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.routing");
    }
}
