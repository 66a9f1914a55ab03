package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A case through two sessions, a three-term agreement and a satisfied return visit. */
class AgreementStoryIT extends BrowserStory {

    @Test
    void aMediatorTakesACaseThroughTwoSessionsAThreeTermAgreementAndASatisfiedVisit() throws IOException {
        long id = hotlineCase("GD-E2E-A-", "地面车位被长期占用，业主无法停车");
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("办理时限");
        caseFile.act("tj-accept", null, "已受理");
        caseFile.holdSession(1, "申请人：车位自九月起被占用；物业：已多次劝离无效");
        caseFile.holdSession(2, "双方同意由物业清理车位并补偿停车费");
        browser.waitForText("已召开");
        browser.shot("case-sessions-zh");
        caseFile.glance("tj-investigate", "dialog-investigation-zh");
        caseFile.uploadPhoto();
        assertThat(jdbc.queryForObject("select content_type from case_attachment where dispute_id = ?",
                String.class, id)).isEqualTo("image/png");
        caseFile.glance("tj-extend", "dialog-extension-zh");

        browser.clickId("tj-agree");
        browser.waiting().until(d -> !d.findElements(By.id("tj-term-1-obligor")).isEmpty());
        browser.typeInto("tj-agreement-facts", "申请人系小区业主，其租用的车位长期被外来车辆占用，被申请人作为物业服务企业未及时处理。");
        browser.typeInto("tj-agreement-responsibility", "物业对车位管理不到位负有责任");
        caseFile.term(1, "青溪测试物业有限公司", "清理占用车位的车辆并加装地锁", null, 7);
        caseFile.term(2, "青溪测试物业有限公司", "补偿申请人停车费", "600", 15);
        caseFile.term(3, "冯测试", "按期缴纳物业费", "1200.5", 30);
        browser.shot("dialog-agreement-zh");
        caseFile.save("达成协议");
        // 人民调解法 Art. 29 and 33: the written agreement took effect today; the 司法确认 window runs from it
        long agreementId = jdbc.queryForObject("select max(id) from agreement where dispute_id = ?", Long.class, id);
        browser.clickId("tj-agreement-effective-" + agreementId);
        browser.waiting().until(d -> !d.findElements(By.id("tj-save")).isEmpty());
        browser.shot("dialog-agreement-effective-zh");
        caseFile.saveDialog();
        browser.waitForText("生效");
        assertThat(jdbc.queryForObject("select count(*) from dispute_clock where dispute_id = ? and kind ="
                + " 'JUDICIAL_CONFIRMATION' and state = 'RUNNING'", Long.class, id)).isOne();
        browser.waitForText("清理占用车位的车辆并加装地锁");
        browser.shot("case-agreed-zh");
        browser.shotAt("tj-sessions", "case-records-zh");
        browser.shotAt("tj-agreements", "case-agreement-terms-zh");
        browser.clickId("tj-generate-agreement-1");
        browser.waiting().until(d -> !d.findElements(By.id("tj-documents")).isEmpty());
        browser.shotAt("tj-document-buttons", "case-documents-zh");
        String href = browser.waiting().until(d -> d.findElement(By.cssSelector("#tj-documents a[id^='tj-document-open-']"))
                .getAttribute("href"));
        Object head = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(
                    String.fromCharCode(...new Uint8Array(b.slice(0, 5))) + ' ' + b.byteLength));""", href);
        assertThat(head.toString()).startsWith("%PDF-");
        assertThat(jdbc.queryForObject("select count(*) from case_document where dispute_id = ? and kind = 'AGREEMENT'",
                Long.class, id)).isOne();
        browser.clickId("tj-generate-bundle");
        browser.waiting().withMessage(() -> "bundle row on " + browser.bodyText()).until(d -> jdbc.queryForObject(
                "select count(*) from case_document where dispute_id = ? and kind = 'BUNDLE'", Long.class, id) == 1
                && d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='卷宗']")).size() > 0);
        browser.shotAt("tj-document-buttons", "case-documents-bundle-zh");
        String zipHref = browser.waiting().until(d -> d.findElement(By.cssSelector("#tj-documents a[id^='tj-bundle-package-']"))
                .getAttribute("href"));
        Object zipHead = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(
                    String.fromCharCode(...new Uint8Array(b.slice(0, 2)))));""", zipHref);
        assertThat(zipHead.toString()).isEqualTo("PK");
        browser.clickId("tj-term-record-1");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#tj-performance vaadin-radio-button")).isEmpty());
        browser.driver().findElement(By.cssSelector("#tj-performance vaadin-radio-button")).click();
        browser.shot("dialog-performance-zh");
        caseFile.saveDialog();
        browser.waitForText("已履行");
        assertThat(jdbc.queryForObject("""
                select count(*) from agreement_term t join agreement a on a.id = t.agreement_id where a.dispute_id = ?""",
                Long.class, id)).isEqualTo(3);

        // a 12345 order: the final reply to the platform before 办结
        browser.clickId("tj-reply-final");
        browser.typeInto("tj-reply-text", "经调解，双方签订调解协议，物业承诺七日内清理车位并补偿停车费。");
        browser.shot("dialog-reply-final-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElements(By.id("tj-reply-final")).isEmpty());
        browser.shotAt("tj-platform-replies", "case-replies-zh");
        assertThat(jdbc.queryForObject("select count(*) from platform_reply where dispute_id = ? and final_reply = true",
                Long.class, id)).isOne();
        caseFile.act("tj-closeAgreed", "双方签订调解协议，物业承诺七日内清理", "已办结");
        browser.clickId("tj-revisit");
        browser.pickRadio("tj-visit-satisfaction", "满意");
        browser.replaceIn("tj-visit-visitor", "钱调解");
        browser.typeInto("tj-reason", "车位已清理，业主满意");
        browser.shot("dialog-visit-zh");
        caseFile.save("已回访");
        caseFile.act("tj-archive", null, "已归档");
        browser.shot("case-archived-zh");
        assertThat(jdbc.queryForObject("select satisfaction from return_visit where dispute_id = ?", String.class, id))
                .isEqualTo("SATISFIED");
        assertThat(jdbc.queryForObject("select closure_type from dispute where id = ?", String.class, id))
                .isEqualTo("AGREEMENT");
        assertThat(jdbc.queryForObject("select count(*) from mediation_session where dispute_id = ? and status = 'HELD'",
                Long.class, id)).isEqualTo(2);
    }
}
