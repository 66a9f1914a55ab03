package org.tiaojie.web.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One table of an import mapping as rows of fields — a heading and its field, a value and what it means, a category
 * pair and its category, a compound name and Tiaojie's — added and removed by the administrator; each cell a text
 * field or a choice among labelled values.
 */
class MappingRows extends VerticalLayout {

    /** How one column of the table is edited: free text, or one of {@code choices} (value → label). */
    record Cell(String label, String width, Map<String, String> choices) {

        static Cell text(String label, String width) {
            return new Cell(label, width, null);
        }
    }

    private final List<Cell> cells;
    private final String idPrefix;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<List<HasValue<?, String>>> values = new ArrayList<>();

    MappingRows(String idPrefix, List<Cell> cells, String addLabel) {
        this.idPrefix = idPrefix;
        this.cells = cells;
        setPadding(false);
        setSpacing(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> {
            if (add(new String[cells.size()]) instanceof com.vaadin.flow.component.Focusable<?> f) {
                f.focus();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId(idPrefix + "-add");
        add(rows, add);
    }

    /** A row with the given values (null: empty); returns its first field, for the cursor. */
    Component add(String... given) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        List<HasValue<?, String>> fields = new ArrayList<>();
        int n = values.size();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String value = i < given.length ? given[i] : null;
            Component field = field(cell, value, n, i);
            fields.add(castValue(field));
            row.add(field);
        }
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("importMapping.remove"));
        remove.addClickListener(e -> {
            values.remove(fields);
            rows.remove(row);
        });
        row.add(remove);
        values.add(fields);
        rows.add(row);
        return row.getComponentAt(0);
    }

    private Component field(Cell cell, String value, int row, int column) {
        Supplier<String> id = () -> idPrefix + "-" + row + "-" + column;
        if (cell.choices() == null) {
            TextField text = new TextField(row == 0 ? cell.label() : null);
            text.setAriaLabel(cell.label());
            text.setWidth(cell.width());
            text.setValue(value == null ? "" : value);
            text.setId(id.get());
            return text;
        }
        ComboBox<String> choice = new ComboBox<>(row == 0 ? cell.label() : null);
        choice.setAriaLabel(cell.label());
        choice.setItems(List.copyOf(cell.choices().keySet()));
        choice.setItemLabelGenerator(v -> cell.choices().getOrDefault(v, v));
        choice.setWidth(cell.width());
        choice.setValue(value == null || !cell.choices().containsKey(value) ? null : value);
        choice.setId(id.get());
        return choice;
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, String> castValue(Component field) {
        return (HasValue<?, String>) field;
    }

    /** Every row's values, blank cells as empty strings, rows with nothing in them left out. */
    List<String[]> values() {
        List<String[]> out = new ArrayList<>();
        for (List<HasValue<?, String>> row : values) {
            String[] v = row.stream().map(f -> f.getValue() == null ? "" : f.getValue().strip()).toArray(String[]::new);
            if (java.util.Arrays.stream(v).anyMatch(s -> !s.isEmpty())) {
                out.add(v);
            }
        }
        return out;
    }

    void clear() {
        values.clear();
        rows.removeAll();
    }
}
