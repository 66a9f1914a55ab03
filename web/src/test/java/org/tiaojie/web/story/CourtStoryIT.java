package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A failed case goes to court, is returned for correction, sent again, filed and closed with the court's outcome. */
class CourtStoryIT extends BrowserStory {

    @Test
    void aFailedCaseGoesToCourtIsReturnedForCorrectionSentAgainFiledAndClosedWithTheCourtsOutcome() throws IOException {
        long id = hotlineCase("GD-E2E-C-", "物业擅自将公共绿地改建为收费停车位，业主要求恢复");
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("办理时限");
        caseFile.act("tj-accept", null, "已受理");
        caseFile.holdSession(1, "物业坚持改建合法，业主要求恢复绿地");
        caseFile.act("tj-fail", "物业拒绝恢复绿地，调解不成", "调解不成");
        // without a bundle the court gets nothing, and the dialog says what is missing
        browser.clickId("tj-refer");
        browser.waiting().until(d -> !d.findElements(By.id("tj-save")).isEmpty());
        browser.typeInto("tj-reason", "调解不成，移送法院立案");
        browser.clickId("tj-save");
        browser.waitForText("案卷材料不全，暂不能移送法院。请补齐：卷宗");
        browser.shot("dialog-refer-incomplete-zh");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        browser.waiting().until(d -> d.findElements(By.id("tj-save")).isEmpty());
        caseFile.buildBundle(id, 1);
        caseFile.act("tj-refer", "调解不成，移送法院立案", "已移送法院");

        browser.driver().manage().deleteAllCookies();
        loginPage.login("fayuan", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/court"));
        browser.waitUpTo(30).until(d -> browser.rows("tj-referrals") > 0);
        browser.waitForText("已移送");
        browser.shot("court-inbox-zh");
        caseFile.glance("tj-entrust", "dialog-entrust-zh");
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("移送法院");
        browser.clickId("tj-referral-sign");
        browser.waitForText("吴书记员 于");
        browser.clickId("tj-referral-return");
        browser.typeInto("tj-reason", "缺少占用绿地的现场照片等证据材料");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElement(By.id("tj-case-state")).getText().equals("调解不成"));
        browser.shotAt("tj-referral-history", "court-returned-zh");

        browser.driver().manage().deleteAllCookies();
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("退回补正：缺少占用绿地的现场照片");
        caseFile.uploadPhoto();
        assertThat(jdbc.queryForObject("select content_type from case_attachment where dispute_id = ?",
                String.class, id)).isEqualTo("image/png");
        caseFile.buildBundle(id, 2);
        caseFile.act("tj-refer", "已补充现场照片，重新移送", "已移送法院");

        browser.driver().manage().deleteAllCookies();
        loginPage.login("fayuan", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/court"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("移送法院");
        browser.clickId("tj-referral-sign");
        browser.clickId("tj-referral-file");
        browser.typeInto("tj-filing-number", "（2026）青01民初88号");
        caseFile.saveDialog();
        browser.waitForText("立案案号 （2026）青01民初88号");
        // the clerk checks the package the mediator's side produced against its manifest
        Path zip = packageOf(id);
        browser.clickId("tj-referral-verify");
        var upload = browser.waiting().until(d -> d.findElement(By.id("tj-verify-upload")));
        var light = upload.findElements(By.cssSelector("input[type=file]"));
        (light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.getFirst())
                .sendKeys(zip.toAbsolutePath().toString());
        browser.waitForText("核验通过：2 个文件与清单一致");
        browser.shot("dialog-verify-package-zh");
        browser.clickId("tj-verify-close");
        // a forged package: the photo swapped and manifest.json rebuilt to match it
        var entries = org.tiaojie.web.Packages.entries(Files.readAllBytes(zip));
        String photo = entries.keySet().stream().filter(p -> p.startsWith("原件/")).findFirst().orElseThrow();
        byte[] swapped = java.util.Arrays.copyOf(entries.get(photo), entries.get(photo).length + 1);
        Path forged = Files.createTempFile("tj-forged", ".zip");
        Files.write(forged, org.tiaojie.web.Packages.forge(Files.readAllBytes(zip), photo, swapped, null));
        browser.clickId("tj-referral-verify");
        var again = browser.waiting().until(d -> d.findElement(By.id("tj-verify-upload")));
        var input = again.findElements(By.cssSelector("input[type=file]"));
        (input.isEmpty() ? again.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : input.getFirst())
                .sendKeys(forged.toAbsolutePath().toString());
        browser.waitForText("核验未通过");
        assertThat(browser.bodyText()).contains("清单签名无效", "与平台登记的原件摘要不一致");
        browser.shot("dialog-verify-forged-zh");
        browser.clickId("tj-verify-close");
        Files.deleteIfExists(zip);
        Files.deleteIfExists(forged);
        browser.clickId("tj-referral-decide");
        browser.typeInto("tj-outcome", "判决");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        browser.typeInto("tj-outcome", org.openqa.selenium.Keys.ENTER);
        browser.typeInto("tj-reason", "判决物业恢复绿地原状");
        Path ruling = Files.createTempFile("tj-ruling", ".pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(ruling.toFile());
        }
        var rulingUpload = browser.driver().findElement(By.id("tj-ruling-upload"));
        var rulingInput = rulingUpload.findElements(By.cssSelector("input[type=file]"));
        (rulingInput.isEmpty() ? rulingUpload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : rulingInput.getFirst()).sendKeys(ruling.toAbsolutePath().toString());
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#tj-ruling-upload vaadin-upload-file[complete]")).isEmpty());
        browser.shot("dialog-court-outcome-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElement(By.id("tj-case-state")).getText().equals("已办结"));

        browser.driver().manage().deleteAllCookies();
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("结果：判决");
        browser.waiting().until(d -> d.findElement(By.id("tj-case-state")).getText().equals("已办结"));
        browser.shotAt("tj-referral-history", "case-court-outcome-zh");
        assertThat(jdbc.queryForObject("select closure_type from dispute where id = ?", String.class, id))
                .isEqualTo("COURT_OUTCOME");
        assertThat(jdbc.queryForList("select state from court_referral where dispute_id = ? order by sent_at",
                String.class, id)).containsExactly("RETURNED", "DECIDED");
        assertThat(jdbc.queryForObject("""
                select count(*) from case_attachment where dispute_id = ? and kind = 'COURT_RULING'
                and content_type = 'application/pdf'""", Long.class, id)).isOne();
        Files.deleteIfExists(ruling);
    }
}
