package org.tiaojie.casework.account;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tiaojie.casework.organisation.Jurisdiction;
import org.tiaojie.casework.organisation.OrganisationKind;

/** The logged-in user as the security context holds it: no entities, only ids and names. */
public record AuthenticatedUser(long userId, String username, String displayName, String passwordHash,
        Set<Role> roles, long organisationId, String organisationName, OrganisationKind organisationKind,
        Jurisdiction jurisdiction, boolean enabled, boolean mustChangePassword, boolean locked, boolean secondFactor,
        boolean secondFactorPending) implements UserDetails {

    /** The only authority of a user who has given the password but not yet the authenticator's code. */
    public static final String PENDING_SECOND_FACTOR = org.tiaojie.casework.shared.CaseworkConfiguration.PENDING_SECOND_FACTOR;

    @Serial
    private static final long serialVersionUID = 1L;

    /** The user's area as query conditions and checks: the one way to ask what lies inside it. */
    public org.tiaojie.casework.organisation.AreaScope area() {
        return org.tiaojie.casework.organisation.AreaScope.of(jurisdiction);
    }

    public boolean has(Role role) {
        return !secondFactorPending && roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (secondFactorPending) {
            return java.util.List.of(new SimpleGrantedAuthority(PENDING_SECOND_FACTOR));
        }
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Without the password hash, for keeping in the session after the password was accepted; a
     * user with a second factor holds no role until the authenticator's code is given.
     */
    public AuthenticatedUser withoutPassword() {
        return new AuthenticatedUser(userId, username, displayName, "", roles, organisationId, organisationName,
                organisationKind, jurisdiction, enabled, mustChangePassword, locked, secondFactor, secondFactor);
    }

    /** After the authenticator's code was accepted. */
    public AuthenticatedUser withSecondFactorGiven() {
        return new AuthenticatedUser(userId, username, displayName, "", roles, organisationId, organisationName,
                organisationKind, jurisdiction, enabled, mustChangePassword, locked, secondFactor, false);
    }

    /** After the user switched the second factor on or off. */
    public AuthenticatedUser withSecondFactor(boolean on) {
        return new AuthenticatedUser(userId, username, displayName, "", roles, organisationId, organisationName,
                organisationKind, jurisdiction, enabled, mustChangePassword, locked, on, false);
    }

    /** After the user has set a password of their own. */
    public AuthenticatedUser withPasswordChanged() {
        return new AuthenticatedUser(userId, username, displayName, "", roles, organisationId, organisationName,
                organisationKind, jurisdiction, enabled, false, locked, secondFactor, secondFactorPending);
    }
}
