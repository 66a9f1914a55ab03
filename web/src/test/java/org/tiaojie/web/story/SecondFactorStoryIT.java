package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.tiaojie.casework.fixture.Logins;

/** A second factor guards the next login; five wrong passwords lock the account until an administrator unlocks it. */
class SecondFactorStoryIT extends BrowserStory {

    @Test
    void aSecondFactorGuardsTheNextLoginAndFiveWrongPasswordsLockTheAccountUntilUnlocked() throws Exception {
        String name = "e2e" + Long.toString(System.nanoTime(), 36);
        var admin = Logins.as(accounts, "admin");
        try {
            long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
            accounts.saveUser(new org.tiaojie.casework.account.UserForm(null, 0, name, "两步测试员", room,
                    java.util.EnumSet.of(org.tiaojie.casework.account.Role.MEDIATOR), null, true, "Chushi-2026"));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        jdbc.update("update app_user set must_change_password = false where username = ?", name);

        // the mediator switches the authenticator app on
        loginPage.login(name, "Chushi-2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("password"));
        browser.clickId("tj-totp-enable");
        browser.waitUpTo(30).until(d -> !d.findElements(By.id("tj-totp-qr")).isEmpty());
        String secret = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('tj-totp-secret').value;");
        browser.shot("account-security-totp-setup-zh");
        browser.typeInto("tj-totp-code", totp(secret, 0));
        browser.clickId("tj-totp-confirm");
        browser.waitForText("已开启");
        browser.shot("account-security-totp-on-zh");

        // the next login asks for the code, and every other address leads back to it
        browser.driver().manage().deleteAllCookies();
        loginPage.login(name, "Chushi-2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/second-factor"));
        browser.driver().get(browser.url("mediator"));
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/second-factor"));
        browser.waitForText("身份验证器");
        assertThat(browser.bodyText()).doesNotContain("我的案件");
        browser.shot("second-factor-zh");
        // each code is good once: the next one (the app shows it within 30 seconds)
        browser.typeInto("tj-totp-code", totp(secret, 1));
        browser.clickId("tj-totp-verify");
        browser.waitForText("我的案件");

        // five wrong passwords: locked, and the right one is refused with the reason
        for (int i = 1; i <= 5; i++) {
            browser.driver().manage().deleteAllCookies();
            loginPage.login(name, "Wrong-2026-" + i);
            browser.waitForText("用户名或密码错误");
        }
        browser.driver().manage().deleteAllCookies();
        loginPage.login(name, "Chushi-2026");
        // the same answer as a wrong password: the page does not tell which names exist (ASVS 4 V2.2.1)
        browser.waitForText("暂时不能登录");
        browser.shot("login-locked-zh");

        // the administrator sees the lock and lifts it
        browser.driver().manage().deleteAllCookies();
        loginPage.login("admin", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/admin/organisations"));
        browser.driver().get(browser.url("admin/users"));
        browser.typeInto("tj-user-search", name);
        // the search is sent after a pause in typing: wait until the list holds only that user
        browser.waitUpTo(30).withMessage(() -> "users filtered to " + name + ": " + browser.bodyText())
                .until(d -> browser.rows("tj-users") == 1 && !d.findElements(By.id("tj-unlock-" + name)).isEmpty());
        browser.shot("admin-users-locked-zh");
        browser.clickId("tj-unlock-" + name);
        browser.waitForText("已解锁");
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isTrue();
    }

    private static String totp(String secret, int later) throws Exception {
        return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret,
                java.time.Instant.now().getEpochSecond() / 30 + later);
    }
}
