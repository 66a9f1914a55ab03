package org.tiaojie.web.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every new UI: the language from the cookie (Chinese by default), the html lang attribute to
 * match, and the error handler that shows Chinese messages for failures in event handlers.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final UiErrorHandler errorHandler;

    UiInitializer(UiErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = LocaleSupport.fromRequest(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").attr("lang", TiaojieI18NProvider.langTag(locale));
        });
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(e -> {
            Locale locale = LocaleSupport.fromRequest(VaadinRequest.getCurrent());
            e.getUI().getSession().setLocale(locale);
            e.getUI().setLocale(locale);
        });
    }
}
