package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The login page in Chinese; a wrong password changes nothing. */
class LoginStoryIT extends BrowserStory {

    @Test
    void loginPageIsChineseAndAWrongPasswordChangesNothing() throws IOException {
        browser.driver().get(browser.url("login"));
        browser.waitForText("物业纠纷调解平台");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        browser.shot("login-zh");
        loginPage.login("shequ", "wrong-password");
        browser.waitForText("用户名或密码错误");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        browser.shot("login-error-zh");
    }
}
