package org.tiaojie.casework.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.StaleForms;

/** Logins and the administrator's management of users. */
@Service
public class AccountService implements UserDetailsService {

    private final AppUserRepository users;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final jakarta.persistence.EntityManager entityManager;

    AccountService(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
            jakarta.persistence.EntityManager entityManager) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public AuthenticatedUser loadUserByUsername(String username) {
        AppUser user = users.findForLogin(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Organisation org = user.getOrganisation();
        return new AuthenticatedUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.getRoles(), org.getId(), org.getName(), org.getKind(), org.jurisdiction(),
                user.isEnabled() && org.isActive(), user.isMustChangePassword());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserRow> findUsers(String text, int offset, int limit) {
        List<UserRow> rows = users.findRows(like(text), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
        if (rows.isEmpty()) {
            return rows;
        }
        // one query for the roles of the whole page, not one per row
        List<Long> ids = rows.stream().map(UserRow::id).toList();
        Map<Long, Set<Role>> roles = new HashMap<>();
        entityManager.createQuery("select u.id, r from AppUser u join u.roles r where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(t -> roles.computeIfAbsent((Long) t[0], k -> java.util.EnumSet.noneOf(Role.class)).add((Role) t[1]));
        return rows.stream().map(r -> r.withRoles(roles.getOrDefault(r.id(), Set.of()))).collect(Collectors.toList());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countUsers(String text) {
        return users.countRows(like(text));
    }

    /** Creates or updates a user; a stale form is refused. Returns the user's id. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long saveUser(UserForm form) {
        Organisation org = organisations.require(form.organisationId());
        AppUser user;
        if (form.id() == null) {
            String username = AppUser.checkUsername(form.username());
            if (users.existsByUsername(username)) {
                throw new CaseworkException("user.username.taken", username);
            }
            PasswordPolicy.check(form.initialPassword());
            user = new AppUser(username, form.displayName(), passwordEncoder.encode(form.initialPassword()), org,
                    form.roles());
            user.changePasswordHash(user.getPasswordHash(), true);
            user.update(form.displayName(), org, form.roles(), form.phone(), form.enabled());
            users.save(user);
        } else {
            user = users.findById(form.id()).orElseThrow(() -> new CaseworkException("user.notFound"));
            StaleForms.requireVersion(user.getVersion(), form.version());
            user.update(form.displayName(), org, form.roles(), form.phone(), form.enabled());
            if (form.initialPassword() != null && !form.initialPassword().isEmpty()) {
                PasswordPolicy.check(form.initialPassword());
                user.changePasswordHash(passwordEncoder.encode(form.initialPassword()), true);
            }
            StaleForms.flush(users);
        }
        return user.getId();
    }

    /**
     * The logged-in user sets a new password: the current one must match, the new one must meet
     * the policy and differ from the current one. Clears the "must change" mark.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        AppUser user = users.findById(CurrentUser.require().userId())
                .orElseThrow(() -> new CaseworkException("user.notFound"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new CaseworkException("user.password.currentWrong");
        }
        PasswordPolicy.check(newPassword);
        if (!newPassword.equals(repeated)) {
            throw new CaseworkException("user.password.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new CaseworkException("user.password.unchanged");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword), false);
    }

    /** Used by the demo data and first-start set-up; not reachable from the UI. */
    @Transactional
    public AppUser createInitialUser(String username, String displayName, String rawPassword, Organisation org,
            Set<Role> roles) {
        AppUser user = new AppUser(username, displayName, passwordEncoder.encode(rawPassword), org, roles);
        return users.save(user);
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
    }
}
