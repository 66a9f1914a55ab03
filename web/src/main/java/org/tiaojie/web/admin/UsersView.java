package org.tiaojie.web.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.account.UserForm;
import org.tiaojie.casework.account.UserRow;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.MainLayout;

/** 用户管理: users with their organisation and roles; new users must change the initial password. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    private String search;

    public UsersView(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
        addClassName("tj-page");
        setSizeFull();
        grid.setId("tj-users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.displayName"));
        grid.addColumn(UserRow::organisationName).setHeader(getTranslation("user.organisation")).setFlexGrow(2);
        grid.addColumn(r -> Labels.list(this, r.roles().stream().map(role -> Labels.of(this, role))))
                .setHeader(getTranslation("user.roles"));
        grid.addColumn(r -> r.enabled() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("user.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::security).setHeader(getTranslation("user.security")).setAutoWidth(true)
                .setFlexGrow(0);
        FormDialog.addEditColumn(grid, this::edit);
        grid.setItems(q -> accounts.findUsers(search, q.getOffset(), q.getLimit()).stream(),
                q -> (int) accounts.countUsers(search));

        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("user.search"));
        filter.setId("tj-user-search");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            search = e.getValue();
            grid.getDataProvider().refreshAll();
        });
        Button add = new Button(getTranslation("user.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("tj-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(add, filter), grid);
        setFlexGrow(1, grid);
    }

    private void edit(UserRow row) {
        TextField username = new TextField(getTranslation("user.username"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(40);
        TextField displayName = new TextField(getTranslation("user.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        List<OrganisationOption> orgs = organisations.options();
        ComboBox<OrganisationOption> org = new ComboBox<>(getTranslation("user.organisation"), orgs);
        org.setItemLabelGenerator(OrganisationOption::name);
        org.setRequiredIndicatorVisible(true);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"), Role.values());
        roles.setItemLabelGenerator(r -> Labels.of(this, r));
        TextField phone = new TextField(getTranslation("user.phone"));
        Checkbox enabled = new Checkbox(getTranslation("user.enabled"), true);
        PasswordField password = new PasswordField(getTranslation(row == null ? "user.initialPassword" : "user.resetPassword"));
        password.setHelperText(getTranslation("user.passwordHelp", String.valueOf(accounts.passwordPolicy().minLength()),
                String.valueOf(accounts.passwordPolicy().minClasses())));
        if (row != null) {
            username.setValue(row.username());
            username.setReadOnly(true);
            displayName.setValue(row.displayName());
            org.setValue(orgs.stream().filter(o -> o.id() == row.organisationId()).findFirst().orElse(null));
            roles.setValue(row.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(row.roles()));
            enabled.setValue(row.enabled());
        }
        FormDialog dialog = new FormDialog(getTranslation(row == null ? "user.add" : "user.edit"),
                () -> accounts.saveUser(new UserForm(row == null ? null : row.id(), row == null ? 0 : row.version(),
                        username.getValue(), displayName.getValue(), org.getValue() == null ? -1 : org.getValue().id(),
                        roles.getValue(), phone.getValue(), enabled.getValue(), password.getValue())),
                () -> grid.getDataProvider().refreshAll());
        dialog.addFields(username, displayName, org, phone, roles, password, enabled);
        dialog.open();
        (row == null ? username : displayName).focus();
    }

    /** Locked and two-step state, with the administrator's way out of each. */
    private Component security(UserRow row) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (row.lockedAt(Instant.now())) {
            Span locked = new Span(getTranslation("user.locked"));
            locked.getElement().getThemeList().add("badge error");
            Button unlock = new Button(getTranslation("user.unlock"), e -> {
                accounts.unlock(row.id());
                Notification.show(getTranslation("user.unlocked", row.username()), 3000,
                        Notification.Position.TOP_CENTER);
                grid.getDataProvider().refreshAll();
            });
            unlock.setId("tj-unlock-" + row.username());
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(locked, unlock);
        }
        if (row.secondFactor()) {
            Span factor = new Span(getTranslation("user.secondFactor"));
            factor.getElement().getThemeList().add("badge success");
            Button reset = new Button(getTranslation("user.resetSecondFactor"), e -> {
                accounts.resetSecondFactor(row.id());
                Notification.show(getTranslation("user.secondFactorReset", row.username()), 3000,
                        Notification.Position.TOP_CENTER);
                grid.getDataProvider().refreshAll();
            });
            reset.setId("tj-reset-totp-" + row.username());
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(factor, reset);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users");
    }
}
