package org.tiaojie.web.base;

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
 * An edit or action dialog: fields in a form layout, an inline error line, save
 * (Ctrl+Enter or the button) and cancel (Esc). A refused save keeps the dialog open with
 * the reason and changes nothing.
 */
public class FormDialog extends Dialog {

    /** What the dialog does on save; throws {@link CaseworkException} to refuse. */
    @FunctionalInterface
    public interface SaveAction {
        void save();
    }

    private final FormLayout form = new FormLayout();
    private final com.vaadin.flow.component.html.Div body = new com.vaadin.flow.component.html.Div(form);
    private final Span error = new Span();
    private SaveAction action;
    /** Which field a refusal is about: by its message key, or by the field label it names ("@field.recorder"). */
    private final java.util.Map<String, com.vaadin.flow.component.HasValidation> errorFields =
            new java.util.LinkedHashMap<>();

    public FormDialog(String title, SaveAction action, Runnable afterSave) {
        this(title, null, action, afterSave);
    }

    /** With its own label on the confirming button (e.g. 确认受理) instead of 保存. */
    public FormDialog(String title, String confirmLabel, SaveAction action, Runnable afterSave) {
        this.action = action;
        setHeaderTitle(title);
        setWidth("40em");
        // a phone's whole screen: the form's fields need every pixel of it
        Narrow.watch(this, phone -> {
            if (phone) {
                setWidth("100vw");
                setHeight("100%");
            }
        });
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("tj-form-error");
        error.setVisible(false);
        add(body, error);
        Button save = new Button(confirmLabel == null ? getTranslation("action.save") : confirmLabel, e -> {
            try {
                this.action.save();
                close();
                afterSave.run();
            } catch (CaseworkException ex) {
                errorFields.values().forEach(f -> f.setInvalid(false));
                var field = fieldOf(ex);
                if (field != null) {
                    field.setErrorMessage(ex.getLocalizedMessage(getLocale()));
                    field.setInvalid(true);
                    error.setVisible(false);
                    if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                        focusable.focus();
                    }
                } else {
                    error.setText(ex.getLocalizedMessage(getLocale()));
                    error.setVisible(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setId("tj-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** The "edit" column of an administrator's grid; double-clicking a row does the same. */
    public static <T> void addEditColumn(Grid<T> grid, Consumer<T> edit) {
        grid.addComponentColumn(row -> {
            Button b = new Button(grid.getTranslation("action.edit"), e -> edit.accept(row));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return b;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> edit.accept(e.getItem()));
    }

    /**
     * Shows the refusals about {@code field} beside it: those with one of {@code keys} as their message key, or
     * naming one of them as the field ({@code "field.recorder"} matches a "required" refusal of that field).
     */
    public FormDialog errorsAt(com.vaadin.flow.component.HasValidation field, String... keys) {
        for (String key : keys) {
            errorFields.put(key, field);
        }
        return this;
    }

    private com.vaadin.flow.component.HasValidation fieldOf(CaseworkException ex) {
        var byKey = errorFields.get(ex.getKey());
        if (byKey != null) {
            return byKey;
        }
        for (Object arg : ex.getArgs()) {
            if (arg instanceof String label && label.startsWith("@") && errorFields.containsKey(label.substring(1))) {
                return errorFields.get(label.substring(1));
            }
        }
        return null;
    }

    public void addFields(Component... fields) {
        form.add(fields);
    }

    /** Lets a field (a long text) take the whole width of the form. */
    public void spanWide(Component field) {
        form.setColspan(field, 2);
    }

    /** Content below the form's fields and above the error line (e.g. a list of rows to fill in). */
    public void addBelow(Component... components) {
        body.add(components);
    }

    /** For dialogs whose action needs fields built after the constructor ran. */
    public void setAction(SaveAction action) {
        this.action = action;
    }
}
