package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.web.security.SecondFactorView;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.account.UserForm;
import org.tiaojie.web.mediation.MediatorHomeView;
import org.tiaojie.web.base.PasswordChangeView;

/** A user created by the administrator must set their own password before anything else. */
@TiaojieSpringTest
class PasswordChangeTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String username;

    private void loginAs(String name) {
        AuthenticatedUser user = Logins.as(accounts, name);
    }

    @BeforeEach
    void newMediatorWithInitialPassword() {
        loginAs("admin");
        username = "xinren" + System.nanoTime() % 100000;
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        accounts.saveUser(new UserForm(null, 0, username, "新调解员", org, EnumSet.of(Role.MEDIATOR), null, true,
                "Chushi-2026"));
        loginAs(username);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void initialPasswordMustBeChangedFirst() {
        navigate("mediator", PasswordChangeView.class);

        find(PasswordField.class).id("tj-current-password").setValue("wrong2026");
        find(PasswordField.class).id("tj-new-password").setValue("ziji2026ab");
        find(PasswordField.class).id("tj-repeat-password").setValue("ziji2026ab");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("当前密码不正确。");
        assertThat(mustChange()).isTrue();

        find(PasswordField.class).id("tj-current-password").setValue("Chushi-2026");
        find(PasswordField.class).id("tj-new-password").setValue("short1");
        find(PasswordField.class).id("tj-repeat-password").setValue("short1");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("密码至少需要 8 位。");

        find(PasswordField.class).id("tj-current-password").setValue("Chushi-2026");
        find(PasswordField.class).id("tj-new-password").setValue("ziji2026ab");
        find(PasswordField.class).id("tj-repeat-password").setValue("ziji2026ab");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText())
                .isEqualTo("密码须包含小写字母、大写字母、数字、其他符号中的至少 3 种。");
        assertThat(mustChange()).isTrue();

        find(PasswordField.class).id("tj-current-password").setValue("Chushi-2026");
        find(PasswordField.class).id("tj-new-password").setValue("Ziji-2026ab");
        find(PasswordField.class).id("tj-repeat-password").setValue("Ziji-2026ab");
        test(find(Button.class).id("tj-save")).click();
        assertThat(mustChange()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(MediatorHomeView.class);
    }

    @Test
    void aUserSwitchesOnTheSecondFactorAndThenCannotGoAnywhereWithoutTheCode() throws Exception {
        jdbc.update("update app_user set must_change_password = false where username = ?", username);
        loginAs(username);
        navigate(PasswordChangeView.class);
        assertThat(find(Paragraph.class).id("tj-totp-state").getText()).startsWith("未开启");
        test(find(Button.class).id("tj-totp-enable")).click();
        String secret = find(TextField.class).id("tj-totp-secret").getValue();
        assertThat(secret).hasSize(32);
        find(TextField.class).id("tj-totp-code").setValue("000000");
        test(find(Button.class).id("tj-totp-confirm")).click();
        assertThat(find(Span.class).id("tj-totp-error").getText()).isEqualTo("验证码不正确或已过期。");
        find(TextField.class).id("tj-totp-code").setValue(code(secret, 0));
        test(find(Button.class).id("tj-totp-confirm")).click();
        assertThat(find(Paragraph.class).id("tj-totp-state").getText()).startsWith("已开启");

        // the next login: the password is right, the session holds no role yet
        AuthenticatedUser pending = accounts.loadUserByUsername(username).withoutPassword();
        Logins.as(pending);
        navigate("mediator", SecondFactorView.class);
        find(TextField.class).id("tj-totp-code").setValue("999999");
        test(find(Button.class).id("tj-totp-verify")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).startsWith("验证码不正确");
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
        find(TextField.class).id("tj-totp-code").setValue(code(secret, 0));
        test(find(Button.class).id("tj-totp-verify")).click();
        assertThat(getCurrentView()).as("the code that switched it on is used up").isInstanceOf(SecondFactorView.class);
        find(TextField.class).id("tj-totp-code").setValue(code(secret, 1));
        test(find(Button.class).id("tj-totp-verify")).click();
        assertThat(getCurrentView()).isInstanceOf(MediatorHomeView.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = 'LOGIN' "
                + "and detail like '%second factor given'", Long.class, username)).isOne();
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutesWhateverTheHeartbeats(
            @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout}")
            java.time.Duration timeout) {
        navigate(PasswordChangeView.class);
        assertThat(timeout).isEqualTo(java.time.Duration.ofMinutes(30));
        // heartbeats of an open tab do not keep the session alive; only the user's own requests do
        assertThat(com.vaadin.flow.server.VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }

    private static String code(String secret, int later) throws Exception {
        return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret,
                java.time.Instant.now().getEpochSecond() / 30 + later);
    }

    private boolean mustChange() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select must_change_password from app_user where username = ?", Boolean.class, username));
    }
}
