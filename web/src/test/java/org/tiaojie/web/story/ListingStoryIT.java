package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** 挂牌督办: the supervisor delists a listed compound after verification. */
class ListingStoryIT extends BrowserStory {

    @Test
    void theSupervisorDelistsAListedCompoundAfterVerification() throws IOException {
        loginPage.login("duban", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/supervisor"));
        browser.waitUpTo(30).until(d -> browser.rows("tj-listed-compounds") == 10);
        browser.waitForText("挂牌督办小区");
        browser.waitForText("季度");
        browser.shotAt("tj-listed-compounds", "supervisor-listing-zh");
        String button = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "const b = document.querySelector('[id^=\"tj-delist-\"]'); return b ? b.id : null;");
        assertThat(button).isNotNull();
        browser.clickId(button);
        browser.typeInto("tj-delist-note", "现场检查：楼道堆物已清理，消防通道畅通，回访三户业主满意");
        browser.shot("supervisor-delist-dialog-zh");
        caseFile.saveDialog();
        browser.waitForText("已验收销号（周督办");
        browser.waitForText("现场检查：楼道堆物已清理");
        browser.shotAt("tj-listed-compounds", "supervisor-listing-delisted-zh");
    }
}
