package org.tiaojie.web.base;

import com.vaadin.flow.component.html.Div;

/** A figure with its label, for the counters above lists. */
public class StatCard extends Div {

    private final Div value = new Div();

    public StatCard(String label, long figure) {
        addClassName("tj-card");
        value.addClassName("tj-card-value");
        Div caption = new Div(label);
        caption.addClassName("tj-card-label");
        add(value, caption);
        setValue(figure);
    }

    public final void setValue(long figure) {
        value.setText(Long.toString(figure));
    }

    /** A figure that is not a count (a rate, an average, or — when there is nothing to count). */
    public final void setValueText(String text) {
        value.setText(text);
    }

    public String getValueText() {
        return value.getText();
    }
}
