package org.tiaojie.web.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Whether a screen is as narrow as a phone's (issue #27): a component is told on attach and whenever the window is
 * resized across the line, so it can show cards for grid rows or fold its filters away. Styles alone do the rest
 * (styles.css, the same width).
 */
public final class Narrow {

    /** Below this window width (CSS pixels) a screen is laid out for a phone. */
    public static final int PHONE_MAX = 640;

    private Narrow() {
    }

    /** Tells {@code narrow} now (once attached) and on every resize whether the window is a phone's width. */
    public static void watch(Component component, Consumer<Boolean> narrow) {
        Registration[] resize = new Registration[1];
        component.addAttachListener(e -> {
            Page page = e.getUI().getPage();
            var details = page.getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                narrow.accept(details.getWindowInnerWidth() < PHONE_MAX);
            } else {
                page.retrieveExtendedClientDetails(d -> narrow.accept(d.getWindowInnerWidth() < PHONE_MAX));
            }
            if (resize[0] != null) {
                resize[0].remove();
            }
            resize[0] = page.addBrowserWindowResizeListener(r -> narrow.accept(r.getWidth() < PHONE_MAX));
        });
        component.addDetachListener(e -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
