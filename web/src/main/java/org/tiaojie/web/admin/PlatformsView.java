package org.tiaojie.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.platform.PlatformClientRow;
import org.tiaojie.casework.platform.PlatformClientService;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * 接口平台: the platforms allowed to call the work-order API, each with its own key. A key is
 * shown once, when it is issued or replaced; the list shows only its first characters.
 */
@Route(value = "admin/platforms", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class PlatformsView extends VerticalLayout implements HasDynamicTitle {

    private final PlatformClientService platforms;
    private final List<OrganisationOption> organisations;
    private final Grid<PlatformClientRow> grid = new Grid<>();

    public PlatformsView(PlatformClientService platforms, OrganisationService organisationService) {
        this.platforms = platforms;
        this.organisations = organisationService.options();
        addClassName("tj-page");
        setSizeFull();
        grid.setId("tj-platforms");
        grid.addColumn(PlatformClientRow::code).setHeader(getTranslation("platform.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PlatformClientRow::name).setHeader(getTranslation("platform.name")).setFlexGrow(2);
        grid.addColumn(PlatformClientRow::organisationName).setHeader(getTranslation("platform.organisation"));
        grid.addColumn(PlatformClientRow::keyHint).setHeader(getTranslation("platform.key")).setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.enabled() ? "platform.enabled" : "platform.disabled"))
                .setHeader(getTranslation("platform.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.dateTime(r.keyIssuedAt())).setHeader(getTranslation("platform.keyIssuedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.lastUsedAt() == null ? getTranslation("platform.neverUsed") : Labels.dateTime(r.lastUsedAt()))
                .setHeader(getTranslation("platform.lastUsedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        Button add = new Button(getTranslation("platform.add"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("tj-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor docs = new Anchor("swagger-ui.html", getTranslation("platform.docs"));
        docs.setTarget("_blank");
        docs.setId("tj-api-docs");
        HorizontalLayout top = new HorizontalLayout(add, docs);
        top.setAlignItems(Alignment.CENTER);
        Span help = new Span(getTranslation("platform.help"));
        help.addClassName("tj-muted");
        add(top, help, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(platforms.list());
    }

    private HorizontalLayout actions(PlatformClientRow row) {
        Button rotate = new Button(getTranslation("platform.rotate"), e -> confirmRotate(row));
        rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        rotate.addClassName("tj-rotate");
        Button toggle = new Button(getTranslation(row.enabled() ? "platform.disable" : "platform.enable"), e -> {
            platforms.setEnabled(row.id(), row.version(), !row.enabled());
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.addClassName("tj-toggle");
        Button edit = new Button(getTranslation("action.edit"), e -> edit(row));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, rotate, toggle);
    }

    private ComboBox<OrganisationOption> organisationField(Long selected) {
        ComboBox<OrganisationOption> org = new ComboBox<>(getTranslation("platform.organisation"), organisations);
        org.setItemLabelGenerator(OrganisationOption::name);
        org.setId("tj-platform-organisation");
        org.setHelperText(getTranslation("platform.organisation.help"));
        organisations.stream().filter(o -> selected != null && o.id() == selected).findFirst().ifPresent(org::setValue);
        return org;
    }

    private void create() {
        TextField code = new TextField(getTranslation("platform.code"));
        code.setId("tj-platform-code");
        code.setHelperText(getTranslation("platform.code.help"));
        code.setMaxLength(30);
        TextField name = new TextField(getTranslation("platform.name"));
        name.setId("tj-platform-name");
        name.setMaxLength(100);
        ComboBox<OrganisationOption> org = organisationField(null);
        PlatformClientService.IssuedKey[] issued = new PlatformClientService.IssuedKey[1];
        FormDialog dialog = new FormDialog(getTranslation("platform.add"), () -> issued[0] = platforms.create(
                code.getValue(), name.getValue(), org.getValue() == null ? null : org.getValue().id()), () -> {
                    refresh();
                    showKey(issued[0]);
                });
        dialog.addFields(code, name, org);
        dialog.open();
        code.focus();
    }

    private void edit(PlatformClientRow row) {
        TextField name = new TextField(getTranslation("platform.name"));
        name.setValue(row.name());
        name.setMaxLength(100);
        ComboBox<OrganisationOption> org = organisationField(row.organisationId());
        TextField callback = new TextField(getTranslation("platform.callback"));
        callback.setValue(row.callbackUrl() == null ? "" : row.callbackUrl());
        callback.setMaxLength(500);
        callback.setHelperText(getTranslation("platform.callbackHelp"));
        callback.setId("tj-platform-callback");
        FormDialog dialog = new FormDialog(getTranslation("platform.edit", row.code()), () -> platforms.update(row.id(),
                row.version(), name.getValue(), org.getValue() == null ? null : org.getValue().id(), callback.getValue()),
                this::refresh);
        dialog.addFields(name, org, callback);
        dialog.open();
        name.focus();
    }

    private void confirmRotate(PlatformClientRow row) {
        PlatformClientService.IssuedKey[] issued = new PlatformClientService.IssuedKey[1];
        FormDialog dialog = new FormDialog(getTranslation("platform.rotate.title", row.code()),
                getTranslation("platform.rotate"), () -> issued[0] = platforms.rotate(row.id(), row.version()), () -> {
                    refresh();
                    showKey(issued[0]);
                });
        dialog.addBelow(new Paragraph(getTranslation("platform.rotate.warning")));
        dialog.open();
    }

    /** The only time a key can be read: the administrator copies it into the platform's settings. */
    private void showKey(PlatformClientService.IssuedKey issued) {
        Dialog dialog = new Dialog();
        dialog.setId("tj-key-dialog");
        dialog.setHeaderTitle(getTranslation("platform.key.title", issued.code()));
        TextField key = new TextField(getTranslation("platform.key"));
        key.setValue(issued.key());
        key.setReadOnly(true);
        key.setWidthFull();
        key.setId("tj-issued-key");
        dialog.add(new Paragraph(getTranslation("platform.key.once")), key,
                new Paragraph(getTranslation("platform.key.usage")));
        Button close = new Button(getTranslation("platform.key.copied"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("36em");
        dialog.open();
        key.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.platforms");
    }
}
