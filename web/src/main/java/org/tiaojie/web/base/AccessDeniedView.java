package org.tiaojie.web.base;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when a logged-in user opens a screen of another role. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private static final Logger LOG = LoggerFactory.getLogger(AccessDeniedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        LOG.warn("refused navigation to /{}", event.getLocation().getPath());
        event.getUI().getPage().setTitle(getTranslation("error.accessDenied.title"));
        show("403", getTranslation("error.accessDenied.title"), getTranslation("error.accessDenied"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
