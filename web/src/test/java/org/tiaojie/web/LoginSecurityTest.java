package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.account.UserForm;

/**
 * The login form through the real filter chain (MockMvc in the shared context): every attempt is
 * audited, the fifth wrong password locks the account, and then even the right one is refused
 * with the lockout as reason until the administrator unlocks it.
 */
@TiaojieSpringTest
class LoginSecurityTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    MockMvc mvc;
    String username;

    @BeforeEach
    void user() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var admin = Logins.as(accounts, "admin");
        username = "lock" + Long.toString(System.nanoTime(), 36);
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        accounts.saveUser(new UserForm(null, 0, username, "锁定测试", org, EnumSet.of(Role.MEDIATOR), null, true,
                "Chushi-2026"));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MvcResult login(String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
    }

    private long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where username = ? and action = ?", Long.class,
                username, action);
    }

    @Test
    void afterThePasswordAUserWithASecondFactorHoldsNoRoleUntilTheCode() throws Exception {
        jdbc.update("update app_user set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' where username = ?", username);
        MvcResult ok = login("Chushi-2026");
        assertThat(ok.getResponse().getRedirectedUrl()).doesNotContain("error");
        var context = (org.springframework.security.core.context.SecurityContext) ok.getRequest().getSession()
                .getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getAuthorities()).extracting(a -> a.getAuthority())
                .contains("PENDING_SECOND_FACTOR").noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(jdbc.queryForObject("select detail from audit_entry where username = ? and action = 'LOGIN'",
                String.class, username)).endsWith("second factor pending");
    }

    /**
     * OWASP ASVS 4 V4.2.2 and V3.5.3: a login posted without the page's CSRF token (a forged cross-site login, or
     * a script that never loaded the form) logs nobody in and goes back to the form, which says the page expired;
     * with the token the same password works. V14.4: every page carries CSP, Referrer-Policy and Permissions-Policy.
     */
    @Test
    void aLoginWithoutTheFormsTokenLogsNobodyInAndPagesCarryTheirSecurityHeaders() throws Exception {
        MvcResult forged = mvc.perform(post("/login").param("username", username).param("password", "Chushi-2026"))
                .andReturn();
        assertThat(forged.getResponse().getRedirectedUrl()).endsWith("/login?expired");
        assertThat(forged.getRequest().getSession(false) == null ? null : forged.getRequest().getSession(false)
                .getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
        MvcResult wrongToken = mvc.perform(post("/login").param("username", username).param("password", "Chushi-2026")
                .with(csrf().useInvalidToken())).andReturn();
        assertThat(wrongToken.getResponse().getRedirectedUrl()).endsWith("/login?expired");
        assertThat(audited("LOGIN")).isZero();
        String page = mvc.perform(get("/login").param("expired", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("登录页已过期");
        assertThat(login("Chushi-2026").getResponse().getRedirectedUrl()).doesNotContain("error").doesNotContain("expired");

        MockHttpServletResponse headers = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(headers.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(headers.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.getHeader("Permissions-Policy")).contains("camera=()");
    }

    /**
     * OWASP ASVS 4 V2.2.1: logins are limited per client address as well as per account, so one client can neither
     * guess on nor lock out every account it knows of; another address is not affected.
     */
    @Test
    void anAddressWithTooManyFailedLoginsIsRefusedWithoutItsPasswordBeingChecked() throws Exception {
        String address = "10.26.0." + (1 + Math.floorMod(System.nanoTime(), 250));
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/login").param("username", "nobody-" + i).param("password", "Wrong-2026-0").with(csrf())
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }));
        }
        MvcResult throttled = mvc.perform(post("/login").param("username", username).param("password", "Chushi-2026")
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
        assertThat(throttled.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(audited("LOGIN")).isZero();
        assertThat(audited("LOGIN_FAILED")).as("the account's own count is untouched").isZero();
        assertThat(login("Chushi-2026").getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(audited("LOGIN")).isOne();
    }

    @Test
    void theLoginPageIsPlainHtmlInChineseWithItsTokenAndEnglishWhenChosen() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).startsWith("text/html");
        String html = page.getContentAsString();
        assertThat(html).contains("<html lang=\"zh-CN\">", "<title>登录 - 物业纠纷调解平台</title>", "账号登录",
                "name=\"username\"", "name=\"password\"", "name=\"_csrf\" value=\"", "English")
                .as("no Vaadin client is started before the password").doesNotContain("<script")
                .doesNotContain("用户名或密码错误");

        // a wrong password comes back to the same form with the reason, and the user name typed is not echoed
        MvcResult wrong = login("Wrong-2026-0");
        assertThat(wrong.getResponse().getRedirectedUrl()).endsWith("/login?error");
        String again = mvc.perform(get("/login").param("error", "")
                .session((MockHttpSession) wrong.getRequest().getSession())).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("role=\"alert\"", "用户名或密码错误", "连续多次失败暂时不能登录")
                .doesNotContain(username);

        // the switch remembers English in the application's language cookie; the cookie alone gives English later
        MockHttpServletResponse english = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse();
        assertThat(english.getHeader("Set-Cookie")).startsWith("tiaojie-lang=en;").contains("Path=/", "Max-Age=");
        assertThat(english.getContentAsString()).contains("<html lang=\"en\">", "User name", "Password", "中文");
        assertThat(mvc.perform(get("/login").cookie(new Cookie("tiaojie-lang", "en"))).andReturn().getResponse()
                .getContentAsString()).contains("Log in - Property Dispute Mediation").doesNotContain("账号登录");
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAndTheRightOneIsThenRefusedUntilUnlocked() throws Exception {
        MvcResult ok = login("Chushi-2026");
        assertThat(ok.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(audited("LOGIN")).isOne();
        assertThat(jdbc.queryForObject("select detail from audit_entry where username = ? and action = 'LOGIN'",
                String.class, username)).isEqualTo("from 127.0.0.1");

        for (int i = 1; i <= 5; i++) {
            MockHttpServletResponse wrong = login("Wrong-2026-" + i).getResponse();
            assertThat(wrong.getRedirectedUrl()).endsWith("/login?error");
        }
        assertThat(audited("LOGIN_FAILED")).isEqualTo(5);
        assertThat(audited("ACCOUNT_LOCKED")).isOne();

        MvcResult refused = login("Chushi-2026");
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
        assertThat(audited("LOGIN_LOCKED")).isOne();
        assertThat(audited("LOGIN")).isOne();
        // the login page the refusal leads to says what a wrong password's does, with how long a pause lasts: it
        // must not tell a locked account from a wrong password or an unknown name (OWASP ASVS 4 V2.2.1)
        String page = mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest()
                .getSession())).andReturn().getResponse().getContentAsString();
        String wrongPage = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("约 15 分钟后可再试").doesNotContain("锁定");
        assertThat(page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(wrongPage.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));

        var admin = Logins.as(accounts, "admin");
        accounts.unlock(jdbc.queryForObject("select id from app_user where username = ?", Long.class, username));
        SecurityContextHolder.clearContext();
        assertThat(login("Chushi-2026").getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(audited("LOGIN")).isEqualTo(2);
    }
}
