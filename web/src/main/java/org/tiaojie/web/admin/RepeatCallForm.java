package org.tiaojie.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.tiaojie.casework.intake.RepeatCallSettings;
import org.tiaojie.casework.intake.RepeatCalls;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 重复来电并单: the repeat-call rule on the routing screen — whether the API and the import keep a repeat call on
 * its open matter, how many days back, and how alike the words must be; a refusal is shown by its field.
 */
class RepeatCallForm extends VerticalLayout {

    private final RepeatCalls rule;
    private final Checkbox enabled = new Checkbox();
    private final IntegerField window = new IntegerField();
    private final IntegerField similar = new IntegerField();
    private final Span error = new Span();
    private long version;

    RepeatCallForm(RepeatCalls rule) {
        this.rule = rule;
        setPadding(false);
        setId("tj-repeat-calls");
        enabled.setLabel(getTranslation("repeatCalls.enabled"));
        enabled.setId("tj-repeat-enabled");
        window.setLabel(getTranslation("repeatCalls.windowDays"));
        window.setId("tj-repeat-window");
        window.setSuffixComponent(new Span(getTranslation("repeatCalls.days")));
        window.setStepButtonsVisible(true);
        similar.setLabel(getTranslation("repeatCalls.similarPercent"));
        similar.setHelperText(getTranslation("repeatCalls.similarHelp"));
        similar.setId("tj-repeat-similar");
        similar.setSuffixComponent(new Span("%"));
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("repeatCalls.save"), e -> save());
        save.setId("tj-repeat-save");
        FormLayout form = new FormLayout(enabled, window, similar);
        form.setMaxWidth("40em");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph note = new Paragraph(getTranslation("repeatCalls.note"));
        note.addClassName("tj-muted");
        add(new H3(getTranslation("repeatCalls.title")), note, form, error, save);
        load();
    }

    private void load() {
        RepeatCallSettings s = rule.settings();
        version = s.version();
        enabled.setValue(s.enabled());
        window.setValue(s.windowDays());
        similar.setValue(s.similarPercent());
    }

    private void save() {
        window.setInvalid(false);
        similar.setInvalid(false);
        error.setText("");
        try {
            rule.update(version, enabled.getValue(), window.getValue() == null ? 0 : window.getValue(),
                    similar.getValue() == null ? -1 : similar.getValue());
            load();
            Notification.show(getTranslation("repeatCalls.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CaseworkException e) {
            String message = e.getLocalizedMessage(getLocale());
            IntegerField field = "repeatCalls.window".equals(e.getKey()) ? window
                    : "repeatCalls.similar".equals(e.getKey()) ? similar : null;
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                field.focus();
            } else {
                error.setText(message);
            }
        }
    }
}
