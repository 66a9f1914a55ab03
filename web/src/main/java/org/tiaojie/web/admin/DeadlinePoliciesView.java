package org.tiaojie.web.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.DeadlinePolicyRow;
import org.tiaojie.casework.deadline.DeadlinePolicyService;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.deadline.OverdueAction;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.MainLayout;

/**
 * 时限规则: how long each clock runs, per channel, tier and urgency. Clocks already running keep
 * the terms they started with; new clocks take the edited ones.
 */
@Route(value = "admin/deadlines", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class DeadlinePoliciesView extends VerticalLayout implements HasDynamicTitle {

    private final DeadlinePolicyService policies;
    private final Grid<DeadlinePolicyRow> grid = new Grid<>(DeadlinePolicyRow.class, false);

    public DeadlinePoliciesView(DeadlinePolicyService policies) {
        this.policies = policies;
        addClassName("tj-page");
        setSizeFull();
        grid.setId("tj-deadlines");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Labels.of(this, r.kind())).setHeader(getTranslation("policy.kind")).setAutoWidth(true);
        grid.addColumn(this::scope).setHeader(getTranslation("policy.scope")).setAutoWidth(true);
        grid.addColumn(r -> r.amount() + " " + Labels.of(this, r.unit())).setHeader(getTranslation("policy.amount"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.warnBefore() + " " + warnUnit(r.unit())).setHeader(getTranslation("policy.warnBefore"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.maxExtensions() == 0 ? getTranslation("policy.noExtension")
                : getTranslation("policy.extension", r.maxExtensions(), r.maxExtension(), Labels.of(this, r.unit())))
                .setHeader(getTranslation("policy.extensions")).setFlexGrow(2);
        grid.addColumn(r -> Labels.of(this, r.overdueAction())).setHeader(getTranslation("policy.overdueAction"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.active() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("policy.active")).setAutoWidth(true).setFlexGrow(0);
        FormDialog.addEditColumn(grid, this::edit);
        Paragraph note = new Paragraph(getTranslation("policy.note"));
        note.addClassName("tj-muted");
        add(note, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(policies.findAll());
    }

    private String scope(DeadlinePolicyRow r) {
        StringBuilder sb = new StringBuilder();
        if (r.channel() != null) {
            sb.append(getTranslation("enum.Channel." + r.channel()));
        }
        if (r.tier() != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append(Labels.of(this, r.tier()));
        }
        if (r.urgentOnly()) {
            sb.append(sb.isEmpty() ? "" : " · ").append(getTranslation("policy.urgent"));
        }
        return sb.isEmpty() ? getTranslation("policy.allCases") : sb.toString();
    }

    private String warnUnit(DurationUnit unit) {
        // a months clock warns in calendar days
        return unit == DurationUnit.HOURS ? getTranslation("policy.minutes")
                : Labels.of(this, unit == DurationUnit.MONTHS ? DurationUnit.CALENDAR_DAYS : unit);
    }

    private void edit(DeadlinePolicyRow row) {
        IntegerField amount = new IntegerField(getTranslation("policy.amount"));
        amount.setValue(row.amount());
        amount.setMin(1);
        ComboBox<DurationUnit> unit = new ComboBox<>(getTranslation("policy.unit"), DurationUnit.values());
        unit.setItemLabelGenerator(u -> Labels.of(this, u));
        unit.setValue(row.unit());
        IntegerField warn = new IntegerField(getTranslation("policy.warnBefore"));
        warn.setValue(row.warnBefore());
        warn.setHelperText(getTranslation("policy.warnHelp"));
        IntegerField maxExtensions = new IntegerField(getTranslation("policy.maxExtensions"));
        maxExtensions.setValue(row.maxExtensions());
        IntegerField maxExtension = new IntegerField(getTranslation("policy.maxExtension"));
        maxExtension.setValue(row.maxExtension());
        ComboBox<OverdueAction> action = new ComboBox<>(getTranslation("policy.overdueAction"),
                row.kind() == ClockKind.MEDIATION ? List.of(OverdueAction.values())
                        : List.of(OverdueAction.WARN, OverdueAction.SUPERVISE));
        action.setItemLabelGenerator(a -> Labels.of(this, a));
        action.setValue(row.overdueAction());
        action.setHelperText(getTranslation("policy.overdueActionHelp"));
        Checkbox active = new Checkbox(getTranslation("policy.active"), row.active());
        FormDialog dialog = new FormDialog(getTranslation("policy.edit", Labels.of(this, row.kind()), scope(row)),
                () -> policies.update(row.id(), row.version(), value(amount), unit.getValue(), value(warn),
                        value(maxExtension), value(maxExtensions), active.getValue(), action.getValue()),
                this::refresh);
        dialog.addFields(amount, unit, warn, maxExtensions, maxExtension, action, active);
        dialog.open();
        amount.focus();
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.deadlines");
    }
}
