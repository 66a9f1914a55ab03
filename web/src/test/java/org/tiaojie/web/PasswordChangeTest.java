package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
        AuthenticatedUser user = accounts.loadUserByUsername(name);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null, user.getAuthorities()));
    }

    @BeforeEach
    void newMediatorWithInitialPassword() {
        loginAs("admin");
        username = "xinren" + System.nanoTime() % 100000;
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        accounts.saveUser(new UserForm(null, 0, username, "新调解员", org, EnumSet.of(Role.MEDIATOR), null, true,
                "chushi2026"));
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

        find(PasswordField.class).id("tj-current-password").setValue("chushi2026");
        find(PasswordField.class).id("tj-new-password").setValue("short1");
        find(PasswordField.class).id("tj-repeat-password").setValue("short1");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("密码至少需要 8 位。");

        find(PasswordField.class).id("tj-current-password").setValue("chushi2026");
        find(PasswordField.class).id("tj-new-password").setValue("ziji2026ab");
        find(PasswordField.class).id("tj-repeat-password").setValue("ziji2026ab");
        test(find(Button.class).id("tj-save")).click();
        assertThat(mustChange()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(MediatorHomeView.class);
    }

    private boolean mustChange() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select must_change_password from app_user where username = ?", Boolean.class, username));
    }
}
