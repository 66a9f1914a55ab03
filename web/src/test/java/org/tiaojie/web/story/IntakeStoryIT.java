package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** An operator registers a call and merges a second call from the same phone. */
class IntakeStoryIT extends BrowserStory {

    @Test
    void anOperatorRegistersACallAndMergesASecondCallFromTheSamePhone() throws IOException {
        long community = jdbc.queryForObject("select min(id) from community", Long.class);
        long compoundId = 930_000_000L + Math.floorMod(System.nanoTime(), 60_000_000L);
        String compoundName = "荧光测试苑" + compoundId;
        String initials = "ygcsy" + (char) ('a' + compoundId % 26) + (char) ('a' + compoundId / 26 % 26);
        jdbc.update("insert into compound (id, community_id, name, pinyin_initials, address, households, "
                + "property_company_id, version) values (?, ?, ?, ?, '荧光路8号', 300, (select min(id) from property_company), 0)",
                compoundId, community, compoundName, initials);
        String phone = "1960" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));

        loginPage.login("huawu", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/operator"));
        browser.clickId("tj-new-call");
        browser.waitUpTo(30).until(d -> d.getCurrentUrl().endsWith("/intake"));
        browser.waitForText("来电登记");
        // markup typed by a caller's words is kept and shown as text, never run
        intake.enterCall(phone, initials, compoundName,
                "三号楼电梯坏了一周，物业报修后无人处理<b>请尽快</b><img src=x onerror=\"window.tjInjected=1\">");
        // the description is sent after a short pause in typing; then Ctrl+Enter registers
        browser.waiting().until(d -> browser.bodyText().contains("本小区在办案件"));
        browser.settle();
        browser.shot("intake-filled-zh");
        browser.typeInto("tj-intake-description", org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL,
                org.openqa.selenium.Keys.ENTER));
        browser.waiting().withMessage(() -> "case number on " + browser.bodyText())
                .until(d -> !d.findElements(By.id("tj-intake-case-number")).isEmpty());
        long id = jdbc.queryForObject("select id from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(phone));
        String caseNumber = jdbc.queryForObject("select case_number from dispute where id = ?", String.class, id);
        assertThat(browser.driver().findElement(By.id("tj-intake-case-number")).getText()).isEqualTo(caseNumber);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "const a = document.activeElement; return a && a.closest('vaadin-text-field') ? a.closest('vaadin-text-field').id : null;"))
                .isEqualTo("tj-intake-phone");
        browser.shot("intake-registered-zh");

        // the same number calls again: the first case is offered as a duplicate and the call merged into it
        intake.enterCall(phone, initials, compoundName, "电梯还是没修好，再次来电");
        browser.waiting().withMessage(() -> "duplicate on " + browser.bodyText())
                .until(d -> d.findElement(By.id("tj-intake-duplicates")).getText().contains(caseNumber));
        browser.settle();
        browser.shot("intake-duplicates-zh");
        browser.clickId("tj-intake-submit");
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".tj-prompt-merge")).isEmpty());
        browser.shot("intake-duplicate-prompt-zh");
        browser.waiting().until(d -> {
            d.findElements(By.cssSelector(".tj-prompt-merge")).getFirst().click();
            return true;
        });
        browser.waiting().withMessage(() -> "merged on " + browser.bodyText())
                .until(d -> d.findElement(By.id("tj-intake-result")).getText().contains("已并入案件"));
        assertThat(jdbc.queryForObject("select contact_count from dispute where id = ?", Integer.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(phone))).isOne();

        // the operator finds it again by a word of its description
        browser.driver().get(browser.url("search"));
        browser.typeInto("tj-search-text", "电梯坏了", org.openqa.selenium.Keys.ENTER);
        browser.waiting().withMessage(() -> "search result on " + browser.bodyText()).until(d -> browser.bodyText().contains(caseNumber));
        browser.shot("search-zh");
        // the case file shows the caller's words as they were typed, markup as text
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("<b>请尽快</b><img src=x");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.tjInjected === undefined"
                + " && document.querySelectorAll('img[src=\"x\"]').length === 0")).isEqualTo(true);
        browser.shot("case-file-markup-as-text-zh");
    }
}
