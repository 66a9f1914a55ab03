package org.tiaojie.web.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * The administrator's edit dialog: fields in a form layout, an inline error line, save
 * (Ctrl+Enter or the button) and cancel (Esc). A refused save keeps the dialog open with
 * the reason and changes nothing.
 */
class EditorDialog extends Dialog {

    /** What the dialog does on save; throws {@link CaseworkException} to refuse. */
    @FunctionalInterface
    interface SaveAction {
        void save();
    }

    private final FormLayout form = new FormLayout();
    private final Span error = new Span();

    EditorDialog(String title, SaveAction action, Runnable afterSave) {
        setHeaderTitle(title);
        setWidth("40em");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("tj-form-error");
        error.setVisible(false);
        add(form, error);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                action.save();
                close();
                afterSave.run();
            } catch (CaseworkException ex) {
                error.setText(ex.getLocalizedMessage(getLocale()));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setId("tj-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** The "edit" column of an administrator's grid; double-clicking a row does the same. */
    static <T> void addEditColumn(Grid<T> grid, Consumer<T> edit) {
        grid.addComponentColumn(row -> {
            Button b = new Button(grid.getTranslation("action.edit"), e -> edit.accept(row));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return b;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> edit.accept(e.getItem()));
    }

    void addFields(Component... fields) {
        form.add(fields);
    }
}
