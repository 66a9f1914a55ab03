package org.tiaojie.web.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;

/** The root address sends each user to the home screen of their main role. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(CurrentUser.require()));
    }

    public static String homeOf(AuthenticatedUser user) {
        if (user.has(Role.MEDIATOR)) {
            return "mediator";
        }
        if (user.has(Role.OPERATOR)) {
            return "operator";
        }
        if (user.has(Role.SUPERVISOR)) {
            return "supervisor";
        }
        if (user.has(Role.COURT_CLERK)) {
            return "court";
        }
        return "admin/organisations";
    }
}
