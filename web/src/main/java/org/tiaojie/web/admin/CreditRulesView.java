package org.tiaojie.web.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.statistics.CreditRule;
import org.tiaojie.casework.statistics.RankingService;
import org.tiaojie.web.base.MainLayout;

/**
 * 信用评价规则: the points a property company starts with, what complaints, late closures, failed
 * mediations and quarterly listings cost, and the grade thresholds. A rule whose grades would
 * overlap is refused with the reason and nothing changes.
 */
@Route(value = "admin/credit", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class CreditRulesView extends VerticalLayout implements HasDynamicTitle {

    private final RankingService rankings;
    private final Map<String, IntegerField> fields = new LinkedHashMap<>();
    private final Span error = new Span();
    private long version;

    public CreditRulesView(RankingService rankings) {
        this.rankings = rankings;
        addClassName("tj-page");
        Paragraph help = new Paragraph(getTranslation("credit.help"));
        help.addClassName("tj-muted");
        FormLayout form = new FormLayout();
        for (String key : new String[] {"basePoints", "perComplaintRate", "overdueWeight", "disagreementWeight",
                "perListing", "aaaMin", "aaMin", "aMin", "bMin", "blacklistBelow", "blacklistListings"}) {
            IntegerField f = new IntegerField(getTranslation("credit." + key));
            f.setId("tj-credit-" + key);
            f.setStepButtonsVisible(true);
            f.setHelperText(getTranslation("credit." + key + ".help"));
            fields.put(key, f);
            form.add(f);
        }
        error.setId("tj-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("tj-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        add(help, form, error, save);
        load();
    }

    private void load() {
        RankingService.Rule rule = rankings.rule();
        version = rule.version();
        CreditRule.Values v = rule.values();
        int[] values = {v.basePoints(), v.perComplaintRate(), v.overdueWeight(), v.disagreementWeight(), v.perListing(),
                v.aaaMin(), v.aaMin(), v.aMin(), v.bMin(), v.blacklistBelow(), v.blacklistListings()};
        int i = 0;
        for (IntegerField f : fields.values()) {
            f.setValue(values[i++]);
        }
    }

    private int value(String key) {
        return fields.get(key).getValue();
    }

    private void save() {
        for (IntegerField f : fields.values()) {
            if (f.getValue() == null) {
                error.setText(getTranslation("credit.missing", f.getLabel()));
                error.setVisible(true);
                f.focus();
                return;
            }
        }
        try {
            rankings.saveRule(new CreditRule.Values(value("basePoints"), value("perComplaintRate"), value("overdueWeight"),
                    value("disagreementWeight"), value("perListing"), value("aaaMin"), value("aaMin"), value("aMin"),
                    value("bMin"), value("blacklistBelow"), value("blacklistListings")), version);
        } catch (CaseworkException e) {
            error.setText(e.getLocalizedMessage(getLocale()));
            error.setVisible(true);
            return;
        }
        error.setVisible(false);
        load();
        Notification n = Notification.show(getTranslation("credit.saved"), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.credit");
    }
}
