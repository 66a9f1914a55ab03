package org.tiaojie.casework.account;

import java.util.Set;

/** A user as the administrator's grid shows it. Roles are filled in after the page query. */
public record UserRow(long id, String username, String displayName, long organisationId, String organisationName,
        boolean enabled, long version, java.time.Instant lockedUntil, boolean secondFactor, Set<Role> roles) {

    public UserRow(long id, String username, String displayName, long organisationId, String organisationName,
            boolean enabled, long version, java.time.Instant lockedUntil, boolean secondFactor) {
        this(id, username, displayName, organisationId, organisationName, enabled, version, lockedUntil, secondFactor,
                Set.of());
    }

    UserRow withRoles(Set<Role> newRoles) {
        return new UserRow(id, username, displayName, organisationId, organisationName, enabled, version, lockedUntil,
                secondFactor, newRoles);
    }

    /** Locked out at the given moment. */
    public boolean lockedAt(java.time.Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
