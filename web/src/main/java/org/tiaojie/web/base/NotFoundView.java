package org.tiaojie.web.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** The friendly page for an address that does not exist. */
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        event.getUI().getPage().setTitle(getTranslation("error.notFound.title"));
        show("404", getTranslation("error.notFound.title"), getTranslation("error.notFound.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
