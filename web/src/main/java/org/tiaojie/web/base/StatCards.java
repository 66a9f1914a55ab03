package org.tiaojie.web.base;

import com.vaadin.flow.component.html.Div;

/** The row of figures above a list. */
public class StatCards extends Div {

    public StatCards() {
        addClassName("tj-cards");
    }

    /** Adds a figure with its translated label; the id lets tests and the browser find it. */
    public StatCards add(String labelKey, long value, String id) {
        StatCard card = new StatCard(getTranslation(labelKey), value);
        card.setId(id);
        add(card);
        return this;
    }
}
