package org.tiaojie.web.story;


import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A mediator opens a case file from the queue. */
class QueueStoryIT extends BrowserStory {

    @Test
    void aMediatorOpensACaseFileFromTheQueue() throws IOException {
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> browser.rows("tj-queue") > 0);
        browser.waitUpTo(30).until(d -> !d.findElements(
                By.xpath("//vaadin-grid-cell-content[contains(., '人调字')]")).isEmpty());
        browser.driver().findElements(By.xpath("//vaadin-grid-cell-content[contains(., '人调字')]")).getFirst().click();
        browser.waitUpTo(30).until(d -> d.getCurrentUrl().contains("/case/"));
        browser.waitForText("办理时限");
        browser.waitForText("办理记录");
        browser.shot("case-file-zh");
        var actions = browser.driver().findElements(By.cssSelector("#tj-actions vaadin-button"));
        if (!actions.isEmpty()) {
            actions.getFirst().click();
            browser.waitUpTo(10).until(d -> !d.findElements(By.id("tj-save")).isEmpty());
            browser.shot("case-action-dialog-zh");
        }
    }
}
