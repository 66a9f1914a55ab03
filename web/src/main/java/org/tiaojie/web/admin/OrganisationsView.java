package org.tiaojie.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.organisation.OrganisationForm;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationRow;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.place.PlaceOption;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.MainLayout;

/** 组织机构: hotline centre, mediation organisations of each tier, supervision offices, courts. */
@Route(value = "admin/organisations", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final PlaceService places;
    private final Grid<OrganisationRow> grid = new Grid<>(OrganisationRow.class, false);

    public OrganisationsView(OrganisationService organisations, PlaceService places) {
        this.organisations = organisations;
        this.places = places;
        addClassName("tj-page");
        setSizeFull();
        grid.setId("tj-organisations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(OrganisationRow::name).setHeader(getTranslation("org.name")).setFlexGrow(2);
        grid.addColumn(r -> Labels.of(this, r.kind())).setHeader(getTranslation("org.kind"));
        grid.addColumn(OrganisationRow::placeName).setHeader(getTranslation("org.place"));
        grid.addColumn(r -> r.active() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("org.active")).setAutoWidth(true).setFlexGrow(0);
        FormDialog.addEditColumn(grid, this::edit);
        Button add = new Button(getTranslation("org.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("tj-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(organisations.findAllRows());
    }

    private void edit(OrganisationRow row) {
        TextField name = new TextField(getTranslation("org.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        ComboBox<OrganisationKind> kind = new ComboBox<>(getTranslation("org.kind"), OrganisationKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setRequiredIndicatorVisible(true);
        List<PlaceOption> districts = places.districtOptions();
        ComboBox<PlaceOption> district = new ComboBox<>(getTranslation("org.district"), districts);
        district.setItemLabelGenerator(PlaceOption::label);
        ComboBox<PlaceOption> street = new ComboBox<>(getTranslation("org.street"), places.streetOptions());
        street.setItemLabelGenerator(PlaceOption::label);
        street.setClearButtonVisible(true);
        ComboBox<PlaceOption> community = new ComboBox<>(getTranslation("org.community"), places.communityOptions());
        community.setItemLabelGenerator(PlaceOption::label);
        community.setClearButtonVisible(true);
        TextField address = new TextField(getTranslation("org.address"));
        TextField phone = new TextField(getTranslation("org.phone"));
        Checkbox active = new Checkbox(getTranslation("org.active"), true);
        TextField committee = new TextField(getTranslation("org.committee"));
        committee.setHelperText(getTranslation("org.committee.helper"));
        committee.setMaxLength(100);
        TextField seal = new TextField(getTranslation("org.seal"));
        seal.setHelperText(getTranslation("org.seal.helper"));
        seal.setMaxLength(100);
        ComboBox<OrganisationService.Member> head = new ComboBox<>(getTranslation("org.head"));
        head.setItemLabelGenerator(OrganisationService.Member::name);
        head.setHelperText(getTranslation("org.head.helper"));
        head.setClearButtonVisible(true);
        head.setId("tj-org-head");
        List<OrganisationService.Member> members = row == null ? List.of() : organisations.mediators(row.id());
        head.setItems(members);
        TextField prefix = new TextField(getTranslation("org.casePrefix"));
        prefix.setHelperText(getTranslation("org.casePrefix.helper"));
        prefix.setMaxLength(40);
        if (row != null) {
            name.setValue(row.name());
            kind.setValue(row.kind());
            district.setValue(pick(districts, row.districtId()));
            street.setValue(row.streetId() == null ? null : pick(places.streetOptions(), row.streetId()));
            community.setValue(row.communityId() == null ? null : pick(places.communityOptions(), row.communityId()));
            address.setValue(row.address() == null ? "" : row.address());
            phone.setValue(row.phone() == null ? "" : row.phone());
            active.setValue(row.active());
            committee.setValue(row.committeeName() == null ? "" : row.committeeName());
            seal.setValue(row.sealText() == null ? "" : row.sealText());
            prefix.setValue(row.casePrefix() == null ? "" : row.casePrefix());
            head.setValue(members.stream().filter(m -> Long.valueOf(m.id()).equals(row.headUserId())).findFirst()
                    .orElse(null));
        } else if (districts.size() == 1) {
            district.setValue(districts.getFirst());
        }
        Runnable committeeFields = () -> {
            boolean mediates = kind.getValue() != null && kind.getValue().mediates();
            committee.setVisible(mediates);
            seal.setVisible(mediates);
            prefix.setVisible(mediates);
            head.setVisible(mediates && !members.isEmpty());
        };
        kind.addValueChangeListener(e -> committeeFields.run());
        committeeFields.run();
        FormDialog dialog = new FormDialog(getTranslation(row == null ? "org.add" : "org.edit"),
                () -> organisations.save(new OrganisationForm(row == null ? null : row.id(),
                        row == null ? 0 : row.version(), name.getValue(), kind.getValue(),
                        district.getValue() == null ? null : district.getValue().id(),
                        street.getValue() == null ? null : street.getValue().id(),
                        community.getValue() == null ? null : community.getValue().id(), address.getValue(),
                        phone.getValue(), active.getValue(), committee.getValue(), seal.getValue(), prefix.getValue(),
                        head.getValue() == null ? null : head.getValue().id())),
                this::refresh);
        dialog.addFields(name, kind, district, street, community, address, phone, committee, seal, prefix, head, active);
        dialog.open();
        name.focus();
    }

    private static PlaceOption pick(List<PlaceOption> options, long id) {
        return options.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.organisations");
    }
}
