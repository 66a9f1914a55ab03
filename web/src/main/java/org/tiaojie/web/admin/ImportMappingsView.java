package org.tiaojie.web.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.intake.ImportMapping;
import org.tiaojie.casework.intake.ImportMappings;
import org.tiaojie.casework.intake.WorkOrderCells;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.MainLayout;

/**
 * 导入映射: per hotline platform, how its export maps onto Tiaojie — each heading's field (or left out), the values
 * of a field that mean Tiaojie's, the platform's categories and sub-categories as Tiaojie categories, and its names
 * of compounds. The import screen and the import API read a platform's file by it (docs/DOMAIN.md).
 */
@Route(value = "admin/import-mappings", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class ImportMappingsView extends VerticalLayout implements HasDynamicTitle {

    /** The choice that leaves a column out (an empty field in the mapping). */
    private static final String LEFT_OUT = "-";

    private final ImportMappings mappings;
    private final Select<ImportMappings.Row> platforms = new Select<>();
    private final TextField platform = new TextField();
    private final MappingRows columns;
    private final MappingRows values;
    private final MappingRows categories;
    /** Whose a platform's compound name is: this district's compound (named), or another district's. */
    private static final String HERE = "here";
    private static final String ELSEWHERE = "elsewhere";
    private final MappingRows compounds;
    private final Span error = new Span();
    private Long version;

    public ImportMappingsView(ImportMappings mappings, CategoryService categoryService) {
        this.mappings = mappings;
        addClassName("tj-page");
        Paragraph help = new Paragraph(getTranslation("importMapping.help"));
        help.addClassName("tj-muted");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(LEFT_OUT, getTranslation("importMapping.field.none"));
        WorkOrderCells.FIELDS.forEach(f -> fields.put(f, getTranslation("importMapping.field." + f)));
        Map<String, String> valueFields = new LinkedHashMap<>(fields);
        valueFields.remove(LEFT_OUT);
        Map<String, String> categoryCodes = new LinkedHashMap<>();
        Map<Long, String> names = new java.util.HashMap<>();
        List<CategoryRow> all = categoryService.findAll();
        all.forEach(c -> names.put(c.id(), c.name()));
        for (CategoryRow c : all) {
            if (c.active()) {
                categoryCodes.put(c.code(), c.parentId() == null ? c.name() : names.get(c.parentId()) + " / " + c.name());
            }
        }
        columns = new MappingRows("tj-mapping-column", List.of(
                MappingRows.Cell.text(getTranslation("importMapping.heading"), "14em"),
                new MappingRows.Cell(getTranslation("importMapping.field"), "14em", fields)),
                getTranslation("importMapping.addColumn"));
        values = new MappingRows("tj-mapping-value", List.of(
                new MappingRows.Cell(getTranslation("importMapping.field"), "12em", valueFields),
                MappingRows.Cell.text(getTranslation("importMapping.platformValue"), "10em"),
                MappingRows.Cell.text(getTranslation("importMapping.tiaojieValue"), "10em")),
                getTranslation("importMapping.addValue"));
        categories = new MappingRows("tj-mapping-category", List.of(
                MappingRows.Cell.text(getTranslation("importMapping.platformCategory"), "12em"),
                MappingRows.Cell.text(getTranslation("importMapping.platformSubCategory"), "12em"),
                new MappingRows.Cell(getTranslation("importMapping.category"), "18em", categoryCodes)),
                getTranslation("importMapping.addCategory"));
        Map<String, String> whose = new LinkedHashMap<>();
        whose.put(HERE, getTranslation("importMapping.here"));
        whose.put(ELSEWHERE, getTranslation("importMapping.elsewhere"));
        compounds = new MappingRows("tj-mapping-compound", List.of(
                MappingRows.Cell.text(getTranslation("importMapping.platformCompound"), "12em"),
                MappingRows.Cell.text(getTranslation("importMapping.compound"), "12em"),
                MappingRows.Cell.text(getTranslation("importMapping.community"), "10em"),
                new MappingRows.Cell(getTranslation("importMapping.whose"), "10em", whose)),
                getTranslation("importMapping.addCompound"));

        platforms.setLabel(getTranslation("importMapping.platforms"));
        platforms.setId("tj-mapping-platforms");
        platforms.setItemLabelGenerator(ImportMappings.Row::platform);
        platforms.setEmptySelectionAllowed(false);
        platforms.setWidth("24em");
        platforms.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue());
            }
        });
        Button fresh = new Button(getTranslation("importMapping.new"), e -> show(null));
        fresh.setId("tj-mapping-new");
        HorizontalLayout pick = new HorizontalLayout(platforms, fresh);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        pick.setWrap(true);
        platform.setLabel(getTranslation("importMapping.platform"));
        platform.setId("tj-mapping-platform");
        platform.setWidth("24em");
        platform.setMaxLength(ImportMapping.MAX_PLATFORM);
        error.setId("tj-mapping-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("importMapping.save"), e -> save());
        save.setId("tj-mapping-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        HorizontalLayout actions = new HorizontalLayout(save, error);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(help, pick, platform, section("importMapping.columns", "importMapping.columnsHelp"), columns,
                section("importMapping.values", "importMapping.valuesHelp"), values,
                section("importMapping.categories", "importMapping.categoriesHelp"), categories,
                section("importMapping.compounds", "importMapping.compoundsHelp"), compounds, actions);
        List<ImportMappings.Row> rows = mappings.all();
        platforms.setItems(rows);
        if (rows.isEmpty()) {
            show(null);
        } else {
            platforms.setValue(rows.getFirst());
            show(rows.getFirst());
        }
    }

    private VerticalLayout section(String title, String helpKey) {
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.addClassName("tj-muted");
        help.getStyle().set("margin", "0");
        VerticalLayout header = new VerticalLayout(new H3(getTranslation(title)), help);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    /** A saved mapping in the form, or an empty form for a new platform. */
    private void show(ImportMappings.Row row) {
        error.setText("");
        columns.clear();
        values.clear();
        categories.clear();
        compounds.clear();
        if (row == null) {
            version = null;
            platform.setValue("");
            platform.setReadOnly(false);
            WorkOrderCells.FIELDS.stream().limit(1).forEach(f -> columns.add(null, f));
            platform.focus();
            return;
        }
        version = row.version();
        platform.setValue(row.platform());
        platform.setReadOnly(true);
        ImportMapping.Definition d = row.definition();
        d.columns().forEach((heading, field) -> columns.add(heading, field.isEmpty() ? LEFT_OUT : field));
        d.values().forEach((field, map) -> map.forEach((from, to) -> values.add(field, from, to)));
        d.categories().forEach(c -> categories.add(c.category(), c.subCategory(), c.to()));
        d.compounds().forEach(c -> compounds.add(c.name(), c.compound(), c.community(), c.elsewhere() ? ELSEWHERE : HERE));
    }

    private void save() {
        Map<String, String> cols = new LinkedHashMap<>();
        columns.values().forEach(v -> cols.put(v[0], LEFT_OUT.equals(v[1]) ? "" : v[1]));
        Map<String, Map<String, String>> vals = new LinkedHashMap<>();
        values.values().forEach(v -> vals.computeIfAbsent(v[0], k -> new LinkedHashMap<>()).put(v[1], v[2]));
        List<ImportMapping.CategoryEntry> cats = new ArrayList<>();
        categories.values().forEach(v -> cats.add(new ImportMapping.CategoryEntry(blank(v[0]), blank(v[1]), blank(v[2]))));
        List<ImportMapping.CompoundAlias> aliases = new ArrayList<>();
        compounds.values().forEach(v -> aliases.add(new ImportMapping.CompoundAlias(blank(v[0]), blank(v[1]), blank(v[2]),
                ELSEWHERE.equals(v[3]))));
        try {
            mappings.save(platform.getValue(), new ImportMapping.Definition(cols, vals, cats, aliases), version);
        } catch (CaseworkException e) {
            error.setText(e.getLocalizedMessage(getLocale()));
            return;
        }
        List<ImportMappings.Row> rows = mappings.all();
        platforms.setItems(rows);
        rows.stream().filter(r -> r.platform().equals(platform.getValue().strip())).findFirst().ifPresent(r -> {
            platforms.setValue(r);
            show(r);
        });
        Notification.show(getTranslation("importMapping.saved"), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.importMappings");
    }
}
