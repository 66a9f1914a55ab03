package org.tiaojie.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;

/**
 * Every login, failed login and refusal of a locked account goes to the audit log; failures count
 * towards the lockout. Only the login form raises these events (API keys are checked elsewhere).
 */
@Component
class LoginAudit {

    private final AccountService accounts;
    private final org.tiaojie.web.base.AddressThrottle addresses;

    LoginAudit(AccountService accounts, org.tiaojie.web.base.AddressThrottle loginThrottle) {
        this.accounts = accounts;
        this.addresses = loginThrottle;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth.getPrincipal() instanceof AuthenticatedUser user) {
            accounts.passwordAccepted(user.username(), address(auth), user.secondFactorPending());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName();
        addresses.failed(address(auth));
        if (event.getException() instanceof LockedException) {
            accounts.loginRefusedLocked(username, address(auth));
        } else {
            accounts.loginFailed(username, address(auth), event.getException().getClass().getSimpleName());
        }
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
