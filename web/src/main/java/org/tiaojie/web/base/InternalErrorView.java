package org.tiaojie.web.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Any failure while opening a screen: a Chinese message with a reference; the cause goes to the log. */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String message = UiErrorHandler.messageFor(event.getUI(), parameter.getCaughtException());
        event.getUI().getPage().setTitle(getTranslation("error.unexpected.title"));
        show("500", getTranslation("error.unexpected.title"), message);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
