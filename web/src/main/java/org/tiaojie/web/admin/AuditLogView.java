package org.tiaojie.web.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.audit.AuditFilter;
import org.tiaojie.casework.audit.AuditQueryService;
import org.tiaojie.casework.audit.AuditRow;
import org.tiaojie.casework.audit.AuditVerification;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * 审计日志: the administrator searches the log by user, action, case number and dates (newest
 * first, paged in the database) and verifies its hash chain.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogView.class);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditQueryService auditLog;
    private final org.tiaojie.casework.account.PeopleNames people;
    private final org.tiaojie.casework.organisation.OrganisationService organisations;
    /** Organisation names by id. */
    private final java.util.Map<Long, String> organisationNames = new java.util.HashMap<>();
    private final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    private final TextField user = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField caseNumber = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span total = new Span();
    private final Paragraph verdict = new Paragraph();
    private final Button verify;
    private AuditFilter filter = AuditFilter.all();

    public AuditLogView(AuditQueryService auditLog, org.tiaojie.casework.account.PeopleNames people,
            org.tiaojie.casework.organisation.OrganisationService organisations) {
        this.auditLog = auditLog;
        this.people = people;
        this.organisations = organisations;
        addClassName("tj-page");
        setSizeFull();

        user.setPlaceholder(getTranslation("audit.filter.user"));
        user.setId("tj-audit-user");
        caseNumber.setPlaceholder(getTranslation("audit.filter.case"));
        caseNumber.setId("tj-audit-case");
        for (TextField field : new TextField[] {user, caseNumber}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> applyFilter());
        }
        action.setPlaceholder(getTranslation("audit.filter.action"));
        action.setId("tj-audit-action");
        action.setClearButtonVisible(true);
        action.setItems(auditLog.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setWidth("14em");
        action.addValueChangeListener(e -> applyFilter());
        from.setPlaceholder(getTranslation("audit.filter.from"));
        to.setPlaceholder(getTranslation("audit.filter.to"));
        from.setId("tj-audit-from");
        to.setId("tj-audit-to");
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());

        verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), e -> verify());
        verify.setId("tj-audit-verify");
        verify.setDisableOnClick(true);
        verdict.setId("tj-audit-verdict");
        verdict.setVisible(false);
        total.setId("tj-audit-total");
        total.addClassName("tj-muted");

        grid.setId("tj-audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> SECONDS.format(Labels.local(r.at()))).setHeader(getTranslation("audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        // people by their names; the login (what the filter takes) in the tooltip
        grid.addColumn(r -> people.name(r.username(), getLocale())).setHeader(getTranslation("audit.user"))
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(AuditRow::username);
        grid.addColumn(r -> actionLabel(r.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.caseNumber() == null ? "" : r.caseNumber()).setHeader(getTranslation("audit.case"))
                .setAutoWidth(true).setFlexGrow(0);
        // the detail is plain text (a renderer that sets text, never HTML)
        // in words (AuditDetails); the tooltip keeps the entry as recorded, which the hash chain covers
        grid.addColumn(r -> AuditDetails.words(this, r.detail(), this::organisationName)).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(1).setTooltipGenerator(r -> r.detail() == null ? "" : r.detail());
        grid.setItems(q -> auditLog.page(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) auditLog.count(filter));

        HorizontalLayout bar = new HorizontalLayout(user, action, caseNumber, from, to, verify, total);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        Paragraph retention = new Paragraph(getTranslation("audit.retention"));
        retention.addClassName("tj-muted");
        add(bar, verdict, grid, retention);
        setFlexGrow(1, grid);
        showTotal();
    }

    /** The action in the user's language: the log's own names, or the timeline's for notes on a case file. */
    private String actionLabel(String code) {
        for (org.tiaojie.casework.dispute.DisputeActivity activity : org.tiaojie.casework.dispute.DisputeActivity.values()) {
            if (activity.name().equals(code)) {
                return Labels.of(this, activity);
            }
        }
        String key = "audit.action." + code;
        String label = getTranslation(key);
        return label == null || label.isEmpty() || label.contains(key) ? code : label;
    }

    private void applyFilter() {
        filter = new AuditFilter(user.getValue(), action.getValue(), caseNumber.getValue(), from.getValue(),
                to.getValue());
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    private void showTotal() {
        total.setText(getTranslation("audit.count", String.valueOf(auditLog.count(filter))));
    }

    /** Walks the chain off the request thread: at a city's volume that takes a while. */
    private void verify() {
        UI ui = UI.getCurrent();
        verdict.setVisible(true);
        verdict.getStyle().remove("color");
        verdict.setText(getTranslation("audit.verifying"));
        SecurityContext security = SecurityContextHolder.getContext();
        ui.setPollInterval(500);
        Thread.ofVirtual().name("tj-audit-verify").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                AuditVerification result = auditLog.verify();
                ui.access(() -> show(result));
            } catch (RuntimeException e) {
                LOG.error("audit chain verification failed", e);
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    verdict.setText(getTranslation("audit.verifyFailed"));
                    verify.setEnabled(true);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void show(AuditVerification result) {
        UI.getCurrent().setPollInterval(-1);
        String text;
        if (result.problem() == null) {
            text = getTranslation("audit.intact", String.valueOf(result.checked()), String.valueOf(result.headSeq()),
                    result.headHash(), String.valueOf(result.pending()));
        } else {
            text = getTranslation("audit.broken", String.valueOf(result.brokenAtSeq()),
                    String.valueOf(result.brokenEntryId()), getTranslation("audit.problem." + result.problem()),
                    String.valueOf(result.checked()));
        }
        if (result.outsideChain() != 0) {
            text += " " + getTranslation("audit.outside", String.valueOf(result.outsideChain()));
        }
        verdict.setText(text);
        verdict.getStyle().set("color", result.intact() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        verify.setEnabled(true);
        grid.getDataProvider().refreshAll();
        action.setItems(auditLog.actions());
        showTotal();
    }

    /** Organisations are few (a district's rooms, centres and courts): read once, on the first row naming one. */
    private String organisationName(long id) {
        if (organisationNames.isEmpty()) {
            organisations.findAllRows().forEach(r -> organisationNames.put(r.id(), r.name()));
        }
        return organisationNames.get(id); // null: since removed, shown by its number
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle");
    }
}
