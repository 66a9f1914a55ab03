package org.tiaojie.web.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case file (案卷) as a mediator works it: a move's button and its dialog, sessions and their
 * minutes, agreement terms, evidence, the 卷宗 bundle. Each step waits for what the page shows after it.
 */
public final class CaseFilePage {

    private final Browser browser;
    private final JdbcTemplate jdbc;

    CaseFilePage(Browser browser, JdbcTemplate jdbc) {
        this.browser = browser;
        this.jdbc = jdbc;
    }

    public void act(String buttonId, String reason, String expectedState) {
        WebDriverWait wait = browser.waitUpTo(30);
        browser.clickId(buttonId);
        wait.withMessage(() -> "dialog of " + buttonId + " on " + browser.bodyText())
                .until(d -> !d.findElements(By.id("tj-save")).isEmpty());
        if (reason != null) {
            browser.typeInto("tj-reason", reason);
        }
        browser.clickId("tj-save");
        wait.withMessage(() -> "state after " + buttonId + ": " + browser.bodyText())
                .until(d -> d.findElements(By.id("tj-case-state")).stream().anyMatch(e -> e.getText().equals(expectedState)));
    }

    public void save(String expectedState) {
        browser.clickId("tj-save");
        browser.waiting().withMessage(() -> "state " + expectedState + " after saving: " + browser.bodyText())
                .until(d -> d.findElements(By.id("tj-case-state")).stream().anyMatch(e -> e.getText().equals(expectedState))
                        && d.findElements(By.id("tj-save")).isEmpty());
    }

    public void saveDialog() {
        browser.clickId("tj-save");
        browser.waiting().withMessage(() -> "dialog still open: " + browser.bodyText())
                .until(d -> d.findElements(By.id("tj-save")).isEmpty());
    }

    /** Schedules a session and records its minutes; the session buttons sit in the sessions grid. */
    public void holdSession(int seq, String statements) throws IOException {
        browser.clickId("tj-schedule");
        browser.typeInto("tj-session-mediators", "钱调解");
        if (seq == 1) {
            browser.shot("dialog-schedule-zh");
        }
        save("调解中");
        String record = "tj-session-record-" + seq;
        browser.clickId(record);
        browser.typeInto("tj-minutes-recorder", "钱调解");
        browser.typeInto("tj-minutes-statements", statements);
        if (seq == 1) {
            browser.shot("dialog-minutes-zh");
        }
        saveDialog();
    }

    /** Uploads a photo as evidence through the dialog, as a mediator would from their computer. */
    public void uploadPhoto() throws IOException {
        Path photo = Files.createTempFile("tj-photo", ".png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.LIGHT_GRAY);
        g.fillRect(0, 0, 320, 200);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillRect(60, 80, 200, 60);
        javax.imageio.ImageIO.write(image, "png", photo.toFile());
        browser.clickId("tj-add-attachment");
        browser.typeInto("tj-attachment-title", "占用车位现场照片");
        browser.upload("tj-upload", photo);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty());
        browser.shot("dialog-upload-zh");
        saveDialog();
        browser.waitForText("占用车位现场照片");
        browser.shotAt("tj-attachments", "case-attachments-zh");
        Files.deleteIfExists(photo);
    }

    /** Opens a dialog, takes its picture and closes it with Esc, changing nothing. */
    public void glance(String buttonId, String name) throws IOException {
        browser.clickId(buttonId);
        browser.waiting().until(d -> !d.findElements(By.id("tj-save")).isEmpty());
        browser.shot(name);
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        browser.waiting().until(d -> d.findElements(By.id("tj-save")).isEmpty());
    }

    public void term(int n, String obligor, String obligation, String amount, int days) {
        if (n > 1) {
            browser.clickId("tj-add-term");
        }
        browser.typeInto("tj-term-" + n + "-obligor", obligor);
        // the suggestion for this text, not an item left from another term's list
        browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().contains(obligor)));
        browser.typeInto("tj-term-" + n + "-obligor", org.openqa.selenium.Keys.ENTER);
        browser.typeInto("tj-term-" + n + "-obligation", obligation);
        if (amount != null) {
            browser.typeInto("tj-term-" + n + "-amount", amount);
        }
        browser.pickDate("tj-term-" + n + "-deadline", java.time.LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(days));
    }

    public void buildBundle(long id, int expected) {
        browser.clickId("tj-generate-bundle");
        browser.waiting().withMessage(() -> "bundle " + expected + " on " + browser.bodyText()).until(d -> jdbc.queryForObject(
                "select count(*) from case_document where dispute_id = ? and kind = 'BUNDLE'", Long.class, id) == expected
                // the row commits before the page hears of it: wait until the button is enabled again in the DOM
                // (WebElement.isEnabled says true for any custom element) and the progress bar is gone, so the
                // case file is not rebuilt under the next click
                && d.findElements(By.id("tj-generate-bundle")).stream().allMatch(e -> e.getDomAttribute("disabled") == null)
                && d.findElements(By.id("tj-bundle-progress")).stream().noneMatch(WebElement::isDisplayed));
    }
}
