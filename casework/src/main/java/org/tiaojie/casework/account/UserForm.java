package org.tiaojie.casework.account;

import java.util.Set;

/**
 * What an administrator enters for a user. {@code id} null means a new user;
 * {@code version} must be the one the form was loaded with.
 */
public record UserForm(Long id, long version, String username, String displayName, long organisationId,
        Set<Role> roles, String phone, boolean enabled, String initialPassword) {
}
