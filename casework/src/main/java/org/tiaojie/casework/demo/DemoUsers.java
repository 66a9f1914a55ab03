package org.tiaojie.casework.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;

/** Demo steps taken as a demo user would take them: signed in as that user, through the services a screen calls. */
@Component
public class DemoUsers {

    private final AccountService accounts;

    DemoUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Runs {@code step} signed in as the demo user {@code username}. */
    public void as(String username, Runnable step) {
        AuthenticatedUser user = accounts.loadUserByUsername(username).withoutPassword();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
