package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** The newcomer's first look: every demo role's home screen with data, in Chinese and English, and the refusals. */
class FirstLookStoryIT extends BrowserStory {

    @Test
    void everyRoleSeesItsHomeScreenWithData() throws IOException {
        record Home(String user, String path, String title, String gridId) {
        }
        for (Home home : List.of(new Home("huawu", "operator", "话务台", "tj-recent"),
                new Home("shequ", "mediator", "我的案件", "tj-queue"),
                new Home("jiedao", "mediator", "我的案件", "tj-queue"),
                new Home("duban", "supervisor", "督办总览", "tj-overdue-list"),
                new Home("fayuan", "court", "移送案件", "tj-referrals"),
                new Home("admin", "admin/organisations", "组织机构", "tj-organisations"))) {
            browser.driver().manage().deleteAllCookies();
            loginPage.login(home.user(), "demo2026");
            browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/" + home.path()));
            browser.waitForText(home.title());
            browser.waitUpTo(30).until(d -> browser.rows(home.gridId()) > 0);
            browser.shot("home-" + home.user() + "-zh");
        }
    }

    @Test
    void otherRolesHomeScreensInEnglish() throws IOException {
        for (String[] home : List.of(new String[] {"huawu", "Hotline desk"}, new String[] {"shequ", "My cases"},
                new String[] {"duban", "Supervision overview"}, new String[] {"fayuan", "Referred cases"})) {
            browser.driver().manage().deleteAllCookies();
            browser.driver().manage().addCookie(new Cookie("tiaojie-lang", "en"));
            loginPage.login(home[0], "demo2026");
            browser.waitForText(home[1]);
            browser.shot("home-" + home[0] + "-en");
        }
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("tiaojie-lang", "en"));
        browser.driver().get(browser.url("login"));
        browser.waitForText("Property Dispute Mediation");
        browser.shot("login-en");
    }

    @Test
    void unknownAddressesAndOtherRolesScreensAreRefusedKindly() throws IOException {
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("admin/users"));
        browser.waitForText("无权访问");
        assertThat(browser.bodyText()).doesNotContain("用户管理");
        browser.shot("refused-admin-zh");
        browser.driver().get(browser.url("no/such/page"));
        browser.waitForText("页面不存在");
        browser.shot("not-found-zh");
    }
}
