package org.tiaojie.casework.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the logged-in user from the security context; services scope every query by it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AuthenticatedUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * The logged-in user; refuses when there is none (a service called outside a login) and while
     * the login still waits for its second factor.
     */
    public static AuthenticatedUser require() {
        AuthenticatedUser user = find().orElseThrow(() -> new AccessDeniedException("no authenticated Tiaojie user"));
        if (user.secondFactorPending()) {
            throw new AccessDeniedException("the login of " + user.username() + " waits for its second factor");
        }
        return user;
    }

    /** The user who has given the password and now owes the second factor. */
    public static AuthenticatedUser awaitingSecondFactor() {
        return find().filter(AuthenticatedUser::secondFactorPending)
                .orElseThrow(() -> new AccessDeniedException("no login waits for a second factor"));
    }
}
