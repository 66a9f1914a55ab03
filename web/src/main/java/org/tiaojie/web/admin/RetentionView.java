package org.tiaojie.web.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.retention.RecordType;
import org.tiaojie.casework.retention.RetentionRun;
import org.tiaojie.casework.retention.RetentionService;
import org.tiaojie.casework.retention.RetentionService.HoldRow;
import org.tiaojie.casework.retention.RetentionService.PeriodRow;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * 保管期限与保全: each record type's retention period (in months, or 永久) with how many ended cases are due and held
 * now; the cases under a legal hold, set by case number with a reason and released one by one; and a retention run
 * started by hand after a confirmation (it cannot be undone). Every change is audited by the service.
 */
@Route(value = "admin/retention", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionView extends VerticalLayout implements HasDynamicTitle {

    private final RetentionService retention;
    private final Map<RecordType, IntegerField> months = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Checkbox> forever = new EnumMap<>(RecordType.class);
    private final Map<RecordType, PeriodRow> loaded = new EnumMap<>(RecordType.class);
    private final Map<RecordType, com.vaadin.flow.component.html.Span> status = new EnumMap<>(RecordType.class);
    private final Grid<HoldRow> holds = new Grid<>();
    private final TextField caseNumber = new TextField();
    private final TextField reason = new TextField();
    private final Paragraph lastRun = new Paragraph();

    public RetentionView(RetentionService retention) {
        this.retention = retention;
        addClassName("tj-page");
        Paragraph help = new Paragraph(getTranslation("retention.help"));
        help.addClassName("tj-muted");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (RecordType type : RecordType.values()) {
            IntegerField field = new IntegerField(Labels.of(this, type));
            field.setId("tj-retention-" + type.name());
            field.setMin(1);
            field.setMax(1200);
            field.setStepButtonsVisible(true);
            field.setWidth("14em");
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("retention.months")));
            Checkbox permanent = new Checkbox(getTranslation("retention.permanent"));
            permanent.setId("tj-retention-" + type.name() + "-permanent");
            permanent.addValueChangeListener(e -> field.setEnabled(!e.getValue()));
            com.vaadin.flow.component.html.Span counts = new com.vaadin.flow.component.html.Span();
            counts.addClassName("tj-muted");
            counts.setId("tj-retention-" + type.name() + "-status");
            status.put(type, counts);
            HorizontalLayout row = new HorizontalLayout(field, permanent, counts);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            months.put(type, field);
            forever.put(type, permanent);
            form.add(row);
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("tj-retention-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        caseNumber.setLabel(getTranslation("retention.caseNumber"));
        caseNumber.setId("tj-hold-case");
        reason.setLabel(getTranslation("retention.reason"));
        reason.setId("tj-hold-reason");
        reason.setMaxLength(200);
        reason.setWidth("24em");
        Button hold = new Button(getTranslation("retention.hold"), e -> hold());
        hold.setId("tj-hold");
        hold.addClickShortcut(Key.ENTER).listenOn(caseNumber, reason);
        HorizontalLayout holdRow = new HorizontalLayout(caseNumber, reason, hold);
        holdRow.setAlignItems(Alignment.BASELINE);
        holdRow.setWrap(true);
        holds.setId("tj-holds");
        holds.addColumn(HoldRow::caseNumber).setHeader(getTranslation("retention.caseNumber")).setAutoWidth(true);
        holds.addColumn(HoldRow::reason).setHeader(getTranslation("retention.reason")).setFlexGrow(3)
                .setTooltipGenerator(HoldRow::reason);
        holds.addColumn(HoldRow::heldBy).setHeader(getTranslation("retention.heldBy")).setAutoWidth(true);
        holds.addColumn(r -> Labels.dateTime(r.heldAt())).setHeader(getTranslation("retention.heldAt"))
                .setAutoWidth(true);
        holds.addComponentColumn(r -> {
            Button release = new Button(getTranslation("retention.release"), e -> release(r));
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return release;
        }).setAutoWidth(true);
        holds.setAllRowsVisible(true);

        Button run = new Button(getTranslation("retention.runNow"), e -> confirmRun());
        run.setId("tj-retention-run");
        run.addThemeVariants(ButtonVariant.LUMO_ERROR);
        lastRun.setId("tj-retention-result");
        add(help, new H3(getTranslation("retention.periods")), form, save,
                new H3(getTranslation("retention.holds")), holdRow, holds,
                new H3(getTranslation("retention.run")), new Paragraph(getTranslation("retention.runHelp")), run,
                lastRun);
        load();
    }

    private void load() {
        for (PeriodRow row : retention.periods()) {
            loaded.put(row.type(), row);
            IntegerField field = months.get(row.type());
            field.setValue(row.months());
            field.setInvalid(false);
            field.setEnabled(row.months() != null);
            forever.get(row.type()).setValue(row.months() == null);
            String changed = row.changedBy() == null ? ""
                    : getTranslation("retention.changed", row.changedBy(), Labels.dateTime(row.changedAt()));
            status.get(row.type()).setText(getTranslation("retention.dueHelp", row.dueNow(), row.heldNow()) + changed);
        }
        holds.setItems(retention.holds());
    }

    private void save() {
        int saved = 0;
        for (RecordType type : RecordType.values()) {
            IntegerField field = months.get(type);
            Integer value = forever.get(type).getValue() ? null : field.getValue();
            PeriodRow before = loaded.get(type);
            if (!forever.get(type).getValue() && value == null) {
                field.setErrorMessage(getTranslation("retention.monthsMissing"));
                field.setInvalid(true);
                field.focus();
                return;
            }
            if (java.util.Objects.equals(value, before.months())) {
                continue;
            }
            try {
                retention.setPeriod(type, value, before.version());
                saved++;
            } catch (CaseworkException ex) {
                field.setErrorMessage(ex.getLocalizedMessage(getLocale()));
                field.setInvalid(true);
                field.focus();
                return;
            }
        }
        load();
        notify(getTranslation("retention.saved", saved));
    }

    private void hold() {
        caseNumber.setInvalid(false);
        reason.setInvalid(false);
        if (caseNumber.getValue().isBlank()) {
            invalid(caseNumber, getTranslation("retention.caseMissing"));
            return;
        }
        try {
            retention.hold(caseNumber.getValue(), reason.getValue());
        } catch (CaseworkException ex) {
            // about the case (none with that number, anonymised already) or else about the reason
            boolean aboutCase = ex.getKey().equals("retention.hold.noCase") || ex.getKey().equals(
                    "retention.hold.anonymised");
            invalid(aboutCase ? caseNumber : reason, ex.getLocalizedMessage(getLocale()));
            return;
        }
        notify(getTranslation("retention.held", caseNumber.getValue().strip()));
        caseNumber.clear();
        reason.clear();
        load();
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void release(HoldRow row) {
        retention.release(row.disputeId());
        notify(getTranslation("retention.released", row.caseNumber()));
        load();
    }

    private void confirmRun() {
        long due = loaded.values().stream().mapToLong(PeriodRow::dueNow).sum();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("retention.confirmTitle"));
        confirm.setText(getTranslation("retention.confirmText", due));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("retention.runNow"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            RetentionRun.Result r = retention.runNow();
            lastRun.setText(getTranslation("job.retentionResult", r.total(), r.parties(), r.contacts(),
                    r.documents() + r.attachments(), r.held()));
            load();
        });
        confirm.open();
    }

    private static void notify(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.retention");
    }
}
