package org.tiaojie.web.casefile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;

/** The fields the case file's dialogs are made of, labelled from the bundle and given their ids. */
final class DialogFields {

    private DialogFields() {
    }

    static TextField text(Component owner, String key, String id, int max) {
        TextField f = new TextField(owner.getTranslation(key));
        f.setId(id);
        f.setMaxLength(max);
        f.setWidthFull();
        return f;
    }

    static TextArea area(Component owner, String key, String id, int max) {
        TextArea f = new TextArea(owner.getTranslation(key));
        f.setId(id);
        f.setMaxLength(max);
        f.setWidthFull();
        return f;
    }

    static DateTimePicker when(Component owner, String key, String id, LocalDateTime initial) {
        DateTimePicker f = new DateTimePicker(owner.getTranslation(key));
        f.setId(id);
        f.setStep(java.time.Duration.ofMinutes(15));
        f.setValue(initial);
        return f;
    }
}
