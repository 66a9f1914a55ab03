package org.tiaojie.web.story;

import org.openqa.selenium.By;

/** The login page: a user name and a password, Enter to submit. */
public final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    public void login(String username, String password) {
        browser.open("login");
        browser.waitUpTo(60).until(d -> !d.findElements(By.id("username")).isEmpty());
        browser.driver().findElement(By.id("username")).sendKeys(username);
        // Enter submits, as a user at the keyboard does
        browser.driver().findElement(By.id("password")).sendKeys(password, org.openqa.selenium.Keys.ENTER);
    }

    /** Logs in and waits for the home screen the role lands on. */
    public void loginTo(String username, String password, String home) {
        login(username, password);
        browser.waitUpTo(60).withMessage(() -> username + " lands on /" + home + ": " + browser.bodyText())
                .until(d -> d.getCurrentUrl().endsWith("/" + home));
    }
}
