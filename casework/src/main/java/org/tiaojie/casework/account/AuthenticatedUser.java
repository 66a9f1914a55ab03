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
        Jurisdiction jurisdiction, boolean enabled, boolean mustChangePassword) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
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

    /** Without the password hash, for keeping in the session after login. */
    public AuthenticatedUser withoutPassword() {
        return new AuthenticatedUser(userId, username, displayName, "", roles, organisationId, organisationName,
                organisationKind, jurisdiction, enabled, mustChangePassword);
    }

    /** After the user has set a password of their own. */
    public AuthenticatedUser withPasswordChanged() {
        return new AuthenticatedUser(userId, username, displayName, "", roles, organisationId, organisationName,
                organisationKind, jurisdiction, enabled, false);
    }
}
