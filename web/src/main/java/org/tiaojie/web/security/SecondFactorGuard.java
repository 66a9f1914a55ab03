package org.tiaojie.web.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;

/** A session that has given the password but not the code goes nowhere but the code screen. */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(before -> {
            Class<?> target = before.getNavigationTarget();
            if (target != SecondFactorView.class
                    && CurrentUser.find().map(AuthenticatedUser::secondFactorPending).orElse(false)) {
                before.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
