package org.tiaojie.casework.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.audit.AuditService;
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
    private final PasswordPolicy policy;
    private final SecondFactor secondFactor;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration failureWindow;
    private final Duration lockDuration;

    AccountService(AppUserRepository users, OrganisationService organisations, PasswordEncoder passwordEncoder,
            jakarta.persistence.EntityManager entityManager, PasswordPolicy policy, SecondFactor secondFactor,
            AuditService audit, Clock clock, @Value("${tiaojie.login.max-failures:5}") int maxFailures,
            @Value("${tiaojie.login.failure-window:15m}") Duration failureWindow,
            @Value("${tiaojie.login.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.entityManager = entityManager;
        this.policy = policy;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.failureWindow = failureWindow;
        this.lockDuration = lockDuration;
    }

    public PasswordPolicy passwordPolicy() {
        return policy;
    }

    /** How long a lockout lasts, in whole minutes, for the login screen's message. */
    public long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }

    @Override
    @Transactional(readOnly = true)
    public AuthenticatedUser loadUserByUsername(String username) {
        AppUser user = users.findForLogin(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Organisation org = user.getOrganisation();
        boolean locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now(clock));
        boolean factor = user.getTotpSecret() != null;
        return new AuthenticatedUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.getRoles(), org.getId(), org.getName(), org.getKind(), org.jurisdiction(),
                user.isEnabled() && org.isActive(), user.isMustChangePassword(), locked, factor, false);
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
            policy.check(form.initialPassword());
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
                policy.check(form.initialPassword());
                user.changePasswordHash(passwordEncoder.encode(form.initialPassword()), true);
            }
            StaleForms.flush(users);
        }
        audit.record(CurrentUser.require().username(), AuditService.USER_SAVED, null,
                user.getUsername() + " " + user.getRoles() + (user.isEnabled() ? "" : " disabled")
                        + (form.initialPassword() == null || form.initialPassword().isEmpty() ? "" : " new password"));
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
        policy.check(newPassword);
        if (!newPassword.equals(repeated)) {
            throw new CaseworkException("user.password.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new CaseworkException("user.password.unchanged");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword), false);
        audit.record(user.getUsername(), AuditService.PASSWORD_CHANGED, null, null);
    }

    // ---- logins, failures and lockout -------------------------------------------------------

    /**
     * The password was right. A user without a second factor is logged in: failures are forgotten.
     * A user with one is not yet: failures count on until the code is given too.
     */
    @Transactional
    public void passwordAccepted(String username, String address, boolean secondFactorPending) {
        if (!secondFactorPending) {
            clearFailures(username);
        }
        audit.record(username, AuditService.LOGIN, null, from(address)
                + (secondFactorPending ? ", second factor pending" : ""));
    }

    /**
     * A wrong password or code. The fifth failure within the window locks the account for the lock
     * duration. Unknown user names are recorded too (they are how guessing shows).
     */
    @Transactional
    public void loginFailed(String username, String address, String what) {
        String name = username == null ? "" : username.strip();
        Instant now = Instant.now(clock);
        int changed = entityManager.createNativeQuery("update app_user set "
                        + "failed_logins = case when failure_window_start is null or failure_window_start < :cut "
                        + "then 1 else failed_logins + 1 end, "
                        + "failure_window_start = case when failure_window_start is null or failure_window_start < :cut "
                        + "then :now else failure_window_start end where username = :username")
                .setParameter("cut", now.minus(failureWindow)).setParameter("now", now)
                .setParameter("username", name).executeUpdate();
        // an unknown name may be a phone or ID number typed in the wrong place: its digits are masked
        String logged = changed == 0 ? name.replaceAll("(\\d{3})\\d{4,}(\\d{2})", "$1****$2") : name;
        audit.record(logged.isEmpty() ? "?" : logged, AuditService.LOGIN_FAILED, null, from(address) + ", " + what
                + (changed == 0 ? ", no such user" : ""));
        if (changed == 0) {
            return;
        }
        Number failures = (Number) entityManager.createNativeQuery(
                "select failed_logins from app_user where username = :username")
                .setParameter("username", name).getSingleResult();
        if (failures.intValue() >= maxFailures) {
            entityManager.createNativeQuery("update app_user set locked_until = :until, failed_logins = 0, "
                            + "failure_window_start = null where username = :username")
                    .setParameter("until", now.plus(lockDuration)).setParameter("username", name).executeUpdate();
            audit.record(name, AuditService.ACCOUNT_LOCKED, null, failures + " failures within "
                    + failureWindow.toMinutes() + " minutes; locked for " + lockDuration.toMinutes() + " minutes");
        }
    }

    /** A login attempt on a locked account: refused before the password is even looked at. */
    @Transactional
    public void loginRefusedLocked(String username, String address) {
        audit.record(username, AuditService.LOGIN_LOCKED, null, from(address));
    }

    /** The administrator lifts a lockout before it runs out. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new CaseworkException("user.notFound"));
        entityManager.createNativeQuery("update app_user set locked_until = null, failed_logins = 0, "
                + "failure_window_start = null where id = :id").setParameter("id", userId).executeUpdate();
        audit.record(CurrentUser.require().username(), AuditService.ACCOUNT_UNLOCKED, null, user.getUsername());
    }

    private void clearFailures(String username) {
        entityManager.createNativeQuery("update app_user set failed_logins = 0, failure_window_start = null "
                + "where username = :username and (failed_logins <> 0 or failure_window_start is not null)")
                .setParameter("username", username).executeUpdate();
    }

    private static String from(String address) {
        return "from " + (address == null ? "?" : address);
    }

    // ---- second factor ---------------------------------------------------------------------

    /** A new secret and its QR code for the logged-in user to scan; nothing is stored yet. */
    @PreAuthorize("isAuthenticated()")
    public SecondFactorSetup secondFactorSetup() {
        AuthenticatedUser user = CurrentUser.require();
        String secret = secondFactor.newSecret();
        return new SecondFactorSetup(secret, secondFactor.qrCode(secret, user.username()));
    }

    /** Switches the second factor on once the app shows a matching code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void enableSecondFactor(String secret, String code) {
        AppUser user = currentAccount();
        java.util.OptionalLong step = secondFactor.step(secret, code);
        if (step.isEmpty()) {
            throw new CaseworkException("user.totp.wrong");
        }
        user.setTotpSecret(secret);
        users.flush();
        useStep(user.getId(), step.getAsLong(), true);
        audit.record(user.getUsername(), AuditService.SECOND_FACTOR_ON, null, null);
    }

    /** Switches it off; the current code proves the phone is still at hand. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void disableSecondFactor(String code) {
        AppUser user = currentAccount();
        java.util.OptionalLong step = secondFactor.step(user.getTotpSecret(), code);
        if (step.isEmpty() || !useStep(user.getId(), step.getAsLong(), false)) {
            throw new CaseworkException("user.totp.wrong");
        }
        user.setTotpSecret(null);
        audit.record(user.getUsername(), AuditService.SECOND_FACTOR_OFF, null, null);
    }

    /**
     * The code after the password. A wrong one counts as a failed login (five lock the account); a
     * right one completes the login. Returns whether it was right.
     */
    @PreAuthorize("hasAuthority('PENDING_SECOND_FACTOR')")
    @Transactional(noRollbackFor = CaseworkException.class)
    public boolean giveSecondFactor(String code, String address) {
        AuthenticatedUser pending = CurrentUser.awaitingSecondFactor();
        AppUser user = users.findById(pending.userId()).orElseThrow(() -> new CaseworkException("user.notFound"));
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now(clock))) {
            throw new CaseworkException("user.locked", String.valueOf(lockMinutes()));
        }
        java.util.OptionalLong step = secondFactor.step(user.getTotpSecret(), code);
        if (step.isEmpty() || !useStep(user.getId(), step.getAsLong(), false)) {
            loginFailed(user.getUsername(), address, step.isEmpty() ? "wrong second factor" : "second factor reused");
            return false;
        }
        clearFailures(user.getUsername());
        audit.record(user.getUsername(), AuditService.LOGIN, null, from(address) + ", second factor given");
        return true;
    }

    /**
     * Marks an authenticator step as used; false when it (or a later one) was used already, so a
     * code seen over someone's shoulder or replayed from a recording does not log in again.
     */
    private boolean useStep(long userId, long step, boolean fresh) {
        return entityManager.createNativeQuery("update app_user set totp_last_step = :step where id = :id"
                        + (fresh ? "" : " and (totp_last_step is null or totp_last_step < :step)"))
                .setParameter("step", step).setParameter("id", userId).executeUpdate() == 1;
    }

    /** The administrator switches a user's second factor off (a lost phone); the user may set it up again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetSecondFactor(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new CaseworkException("user.notFound"));
        user.setTotpSecret(null);
        audit.record(CurrentUser.require().username(), AuditService.SECOND_FACTOR_OFF, null,
                user.getUsername() + " reset by the administrator");
    }

    /** Whether the logged-in user has the second factor switched on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasSecondFactor() {
        return currentAccount().getTotpSecret() != null;
    }

    private AppUser currentAccount() {
        return users.findById(CurrentUser.require().userId())
                .orElseThrow(() -> new CaseworkException("user.notFound"));
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
