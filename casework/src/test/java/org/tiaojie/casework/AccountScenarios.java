package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.account.UserForm;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * Accounts as 等保 asks: the password policy on every password set, five failures within fifteen
 * minutes lock the account (failures further apart do not), the administrator unlocks, and the
 * optional authenticator-app second factor, whose wrong codes count as failed logins.
 */
abstract class AccountScenarios extends DemoDistrictScenarios {

    private String newUser() {
        login("admin");
        String name = "acc" + Long.toString(System.nanoTime(), 36);
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        accounts.saveUser(new UserForm(null, 0, name, "测试账户", org, EnumSet.of(Role.MEDIATOR), null, true,
                "Chushi-2026"));
        return name;
    }

    private long count(String action, String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and username = ?", Long.class,
                action, username);
    }

    @Test
    void everyPasswordSetMeetsThePolicy() {
        login("admin");
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        for (String weak : new String[] {"short1A", "alllowercase1", "ALLUPPER123", "no digits here", "Has Space1"}) {
            String name = "weak" + Long.toString(System.nanoTime(), 36);
            assertThatThrownBy(() -> accounts.saveUser(new UserForm(null, 0, name, "弱密码", org,
                    EnumSet.of(Role.MEDIATOR), null, true, weak))).as(weak).isInstanceOf(CaseworkException.class);
            assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, name))
                    .isZero();
        }
        assertThatThrownBy(() -> accounts.saveUser(new UserForm(null, 0, "weakx", "弱密码", org,
                EnumSet.of(Role.MEDIATOR), null, true, "alllowercase1")))
                .hasMessageContaining("至少 3 种");
        String name = newUser();
        login(name);
        assertThatThrownBy(() -> accounts.changeOwnPassword("Chushi-2026", "ziji2026ab", "ziji2026ab"))
                .isInstanceOf(CaseworkException.class);
        accounts.changeOwnPassword("Chushi-2026", "Ziji-2026ab", "Ziji-2026ab");
        assertThat(count("PASSWORD_CHANGED", name)).isOne();
        assertThat(count("USER_SAVED", "admin")).isPositive();
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccountUntilTheAdministratorUnlocksIt() {
        String name = newUser();
        for (int i = 0; i < 4; i++) {
            accounts.loginFailed(name, "127.0.0.1", "BadCredentialsException");
        }
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        // failures spread out: the fifth comes after the window, so counting starts again
        jdbc.update("update app_user set failure_window_start = ? where username = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(16 * 60)), name);
        accounts.loginFailed(name, "127.0.0.1", "BadCredentialsException");
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        assertThat(jdbc.queryForObject("select failed_logins from app_user where username = ?", Integer.class, name))
                .isOne();
        for (int i = 0; i < 4; i++) {
            accounts.loginFailed(name, "127.0.0.1", "BadCredentialsException");
        }
        AuthenticatedUser locked = accounts.loadUserByUsername(name);
        assertThat(locked.isAccountNonLocked()).isFalse();
        assertThat(count("LOGIN_FAILED", name)).isEqualTo(9);
        assertThat(count("ACCOUNT_LOCKED", name)).isOne();
        accounts.loginRefusedLocked(name, "127.0.0.1");
        assertThat(count("LOGIN_LOCKED", name)).isOne();

        // an administrator's edit of the account does not undo the lockout
        login("admin");
        var row = accounts.findUsers(name, 0, 5).getFirst();
        assertThat(row.lockedAt(Instant.now())).isTrue();
        accounts.saveUser(new UserForm(row.id(), row.version(), name, "改名的账户", row.organisationId(), row.roles(),
                null, true, null));
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isFalse();
        accounts.unlock(row.id());
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        assertThat(count("ACCOUNT_UNLOCKED", "admin")).isPositive();

        // only administrators unlock
        login("shequ");
        assertThatThrownBy(() -> accounts.unlock(row.id())).isInstanceOf(AccessDeniedException.class);
        // unknown names are recorded, nothing else happens
        accounts.loginFailed("no-such-user-" + name, "10.0.0.9", "BadCredentialsException");
        assertThat(count("LOGIN_FAILED", "no-such-user-" + name)).isOne();
    }

    @Autowired
    org.tiaojie.casework.account.SecretsAtRest secretsAtRest;

    @Test
    void theSecondFactorIsSetUpWithACodeAndWithholdsEveryRoleUntilTheCodeIsGiven() throws Exception {
        String name = newUser();
        login(name);
        var setup = accounts.secondFactorSetup();
        assertThat(setup.secret()).hasSize(32);
        assertThat(setup.qrPng()).startsWith(0x89, 'P', 'N', 'G');
        assertThatThrownBy(() -> accounts.enableSecondFactor(setup.secret(), "000000"))
                .isInstanceOf(CaseworkException.class).hasMessage("验证码不正确或已过期。");
        assertThat(accounts.hasSecondFactor()).isFalse();
        accounts.enableSecondFactor(setup.secret(), code(setup.secret(), 0));
        assertThat(accounts.hasSecondFactor()).isTrue();
        assertThat(count("SECOND_FACTOR_ON", name)).isOne();
        // 个人信息保护法 Art. 51, OWASP ASVS 4 V6.2: the secret is kept encrypted, never in clear
        String stored = jdbc.queryForObject("select totp_secret from app_user where username = ?", String.class, name);
        assertThat(stored).startsWith("v1:").doesNotContain(setup.secret());
        // one written in clear (before encryption, or by hand) is encrypted at the next start and still works
        jdbc.update("update app_user set totp_secret = ? where username = ?", setup.secret(), name);
        secretsAtRest.encryptWhatIsInClear();
        assertThat(jdbc.queryForObject("select totp_secret from app_user where username = ?", String.class, name))
                .startsWith("v1:").isNotEqualTo(stored);

        // the next login: the password alone gives no role
        AuthenticatedUser afterPassword = accounts.loadUserByUsername(name).withoutPassword();
        assertThat(afterPassword.secondFactorPending()).isTrue();
        assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(AuthenticatedUser.PENDING_SECOND_FACTOR);
        assertThat(afterPassword.has(Role.MEDIATOR)).isFalse();
        Logins.as(afterPassword);
        assertThatThrownBy(() -> accounts.unlock(1)).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.giveSecondFactor("123456", "127.0.0.1")).isFalse();
        // the code that switched it on has been used: a code is good once
        assertThat(accounts.giveSecondFactor(code(setup.secret(), 0), "127.0.0.1")).isFalse();
        String next = code(setup.secret(), 1);
        assertThat(accounts.giveSecondFactor(next, "127.0.0.1")).isTrue();
        assertThat(accounts.giveSecondFactor(next, "127.0.0.1")).as("the same code again").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'LOGIN_FAILED' "
                + "and detail like '%second factor reused'", Long.class, name)).isEqualTo(2);
        assertThat(afterPassword.withSecondFactorGiven().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.MEDIATOR.authority());

        // wrong and reused codes lock the account like wrong passwords: since the last good code, one reused and four wrong
        for (int i = 0; i < 4; i++) {
            assertThat(accounts.giveSecondFactor("00000" + i, "127.0.0.1")).isFalse();
        }
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isFalse();
        assertThatThrownBy(() -> accounts.giveSecondFactor(code(setup.secret(), 1), "127.0.0.1"))
                .isInstanceOf(CaseworkException.class).hasMessageContaining("账户已锁定");

        // a lost phone: the administrator switches it off
        login("admin");
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, name);
        accounts.unlock(id);
        accounts.resetSecondFactor(id);
        assertThat(accounts.loadUserByUsername(name).secondFactor()).isFalse();
        assertThat(jdbc.queryForObject("select totp_secret from app_user where id = ?", String.class, id)).isNull();
    }

    /** The authenticator's code for the current 30-second step, or one step later. */
    private static String code(String secret, int later) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + later);
    }
}
