package org.tiaojie.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.category.CategoryForm;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.TiaojieI18NProvider;

/** 纠纷类别: the two-level categories, their start tier and the department that takes them over. */
@Route(value = "admin/categories", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    private final CategoryService categories;
    private final TreeGrid<CategoryRow> grid = new TreeGrid<>();
    private List<CategoryRow> all = List.of();

    public CategoriesView(CategoryService categories) {
        this.categories = categories;
        addClassName("tj-page");
        setSizeFull();
        grid.setId("tj-categories");
        grid.addHierarchyColumn(this::name).setHeader(getTranslation("category.name")).setFlexGrow(2);
        grid.addColumn(CategoryRow::code).setHeader(getTranslation("category.code"));
        grid.addColumn(r -> r.startTier() == null ? "" : Labels.of(this, r.startTier()))
                .setHeader(getTranslation("category.startTier"));
        grid.addColumn(r -> r.functionalDepartment() == null ? "" : r.functionalDepartment())
                .setHeader(getTranslation("category.department"));
        grid.addColumn(r -> r.active() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("category.active")).setAutoWidth(true).setFlexGrow(0);
        FormDialog.addEditColumn(grid, this::edit);
        Button add = new Button(getTranslation("category.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("tj-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String name(CategoryRow row) {
        boolean english = TiaojieI18NProvider.supported(getLocale()) == TiaojieI18NProvider.ENGLISH;
        return english && row.nameEn() != null ? row.nameEn() : row.name();
    }

    private void refresh() {
        all = categories.findAll();
        List<CategoryRow> roots = all.stream().filter(CategoryRow::topLevel).toList();
        grid.setItems(roots, parent -> all.stream().filter(c -> Long.valueOf(parent.id()).equals(c.parentId())).toList());
        grid.expand(roots);
    }

    private void edit(CategoryRow row) {
        ComboBox<CategoryRow> parent = new ComboBox<>(getTranslation("category.parent"),
                all.stream().filter(CategoryRow::topLevel).toList());
        parent.setItemLabelGenerator(this::name);
        parent.setClearButtonVisible(true);
        parent.setHelperText(getTranslation("category.parentHelp"));
        TextField code = new TextField(getTranslation("category.code"));
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("category.name"));
        name.setRequiredIndicatorVisible(true);
        TextField nameEn = new TextField(getTranslation("category.nameEn"));
        ComboBox<Tier> tier = new ComboBox<>(getTranslation("category.startTier"), Tier.values());
        tier.setItemLabelGenerator(t -> Labels.of(this, t));
        tier.setClearButtonVisible(true);
        TextField department = new TextField(getTranslation("category.department"));
        department.setHelperText(getTranslation("category.departmentHelp"));
        IntegerField order = new IntegerField(getTranslation("category.sortOrder"));
        order.setValue(100);
        Checkbox active = new Checkbox(getTranslation("category.active"), true);
        if (row != null) {
            parent.setValue(row.parentId() == null ? null
                    : all.stream().filter(c -> c.id() == row.parentId()).findFirst().orElse(null));
            parent.setReadOnly(true);
            code.setValue(row.code());
            code.setReadOnly(true);
            name.setValue(row.name());
            nameEn.setValue(row.nameEn() == null ? "" : row.nameEn());
            tier.setValue(row.startTier());
            department.setValue(row.functionalDepartment() == null ? "" : row.functionalDepartment());
            order.setValue(row.sortOrder());
            active.setValue(row.active());
        }
        FormDialog dialog = new FormDialog(getTranslation(row == null ? "category.add" : "category.edit"),
                () -> categories.save(new CategoryForm(row == null ? null : row.id(), row == null ? 0 : row.version(),
                        parent.getValue() == null ? null : parent.getValue().id(),
                        code.getValue().toUpperCase(Locale.ROOT), name.getValue(), nameEn.getValue(), tier.getValue(),
                        department.getValue(), order.getValue() == null ? 0 : order.getValue(), active.getValue())),
                this::refresh);
        dialog.addFields(parent, code, name, nameEn, tier, department, order, active);
        dialog.open();
        (row == null ? code : name).focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.categories");
    }
}
