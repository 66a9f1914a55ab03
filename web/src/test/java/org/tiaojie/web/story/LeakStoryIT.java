package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tiaojie.web.PdfOrder;

/**
 * A leak between three parties (#25): the caller, the property company and the upstairs owner with her agent are
 * registered at intake with the agent's 授权委托书 (an emoji is refused first, naming the character), the head of
 * the room assigns the case and adds the upstairs tenant as a further party, and the agreement binds the upstairs
 * owner; the 协议书 lists every party's particulars in order, names the
 * committee in its body and on its seal, and holds no login id.
 */
class LeakStoryIT extends BrowserStory {

    @Test
    void aThreePartyLeakIsRegisteredAssignedAndAgreedWithTheUpstairsOwnerBound() throws IOException {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long compoundId = 940_000_000L + Math.floorMod(System.nanoTime(), 50_000_000L);
        String compoundName = "漏水测试苑" + compoundId;
        String initials = "lscsy" + (char) ('a' + compoundId % 26) + (char) ('a' + compoundId / 26 % 26);
        jdbc.update("insert into compound (id, community_id, name, pinyin_initials, address, households, "
                + "property_company_id, version) values (?, ?, ?, ?, '湖畔路9号', 300, (select min(id) from property_company), 0)",
                compoundId, community, compoundName, initials);
        String company = jdbc.queryForObject("select name from property_company where id = (select min(id) from property_company)",
                String.class);
        String phone = "1950" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));

        loginPage.login("huawu", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/operator"));
        browser.clickId("tj-new-call");
        browser.waitUpTo(30).until(d -> d.getCurrentUrl().endsWith("/intake"));
        intake.enterCall(phone, initials, compoundName, "楼上卫生间漏水，天花板发霉😀");
        browser.settle();
        browser.clickId("tj-intake-submit");
        browser.waitForText("“😀”（U+1F600）");
        browser.shot("intake-emoji-refused-zh");
        assertThat(jdbc.queryForObject("select count(*) from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(phone))).isZero();

        browser.replaceIn("tj-intake-description", "楼上卫生间漏水，楼下天花板发霉，物业协调未果");
        browser.clickId("tj-intake-add-party");
        browser.waiting().until(d -> !d.findElements(By.id("tj-party-name")).isEmpty());
        browser.typeInto("tj-party-name", "韩测试");
        browser.typeInto("tj-party-id", "110101199003077571");
        browser.typeInto("tj-party-address", "湖畔路9号3幢301室");
        browser.typeInto("tj-party-agent", "韩代理");
        browser.select("tj-party-authority", "特别授权");
        java.nio.file.Path authority = picture("tj-authority", 210, 297);
        browser.upload("tj-intake-party-authority", authority);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty());
        browser.shot("intake-add-party-zh");
        browser.clickId("tj-save");
        browser.waiting().until(d -> !d.findElements(By.id("tj-intake-party-1")).isEmpty());
        browser.settle();
        browser.shot("intake-three-parties-zh");
        browser.clickId("tj-intake-submit");
        browser.waiting().withMessage(() -> "case number on " + browser.bodyText())
                .until(d -> !d.findElements(By.id("tj-intake-case-number")).isEmpty());
        long id = jdbc.queryForObject("select id from dispute where caller_phone_key = ?",
                    Long.class, cipher.index(phone));
        assertThat(jdbc.queryForList("select role from dispute_party where dispute_id = ? order by id", String.class, id))
                .containsExactly("APPLICANT", "RESPONDENT", "THIRD_PARTY");
        // the agent's 授权委托书 came with the call and is filed with the upstairs owner
        assertThat(jdbc.queryForObject("""
                select a.kind from dispute_party p join case_attachment a on a.id = p.power_of_attorney_id
                where p.dispute_id = ? and p.role = 'THIRD_PARTY'""", String.class, id)).isEqualTo("POWER_OF_ATTORNEY");
        java.nio.file.Files.deleteIfExists(authority);

        // the head of the room assigns it to one of its mediators
        browser.driver().manage().deleteAllCookies();
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("办理时限");
        browser.clickId("tj-assign");
        browser.tick("tj-assign-who", "冯", "冯调解");
        browser.shot("dialog-assign-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElement(By.id("tj-handler-names")).getText().contains("冯调解"));
        assertThat(jdbc.queryForList("""
                select u.username from dispute_handler h join app_user u on u.id = h.user_id where h.dispute_id = ?""",
                String.class, id)).containsExactly("shequb");

        // the visit finds the upstairs tenant did the work that broke the seal: added in the case file as 第三人
        browser.clickId("tj-add-party");
        browser.waiting().until(d -> !d.findElements(By.id("tj-party-name")).isEmpty());
        browser.select("tj-party-role", "第三人");
        browser.typeInto("tj-party-name", "卫测试");
        browser.typeInto("tj-party-phone", "19500001234");
        browser.typeInto("tj-party-address", "湖畔路9号3幢301室（租住）");
        browser.shot("dialog-case-add-party-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElement(By.id("tj-parties")).getText().contains("卫测试"));
        assertThat(jdbc.queryForList("select name from dispute_party where dispute_id = ? order by id", String.class, id))
                .hasSize(4).endsWith("卫测试");

        caseFile.act("tj-accept", null, "已受理");
        caseFile.holdSession(1, "申请人：天花板渗水发霉；第三人代理人：同意维修防水层");
        browser.clickId("tj-agree");
        browser.waiting().until(d -> !d.findElements(By.id("tj-term-1-obligor")).isEmpty());
        browser.typeInto("tj-agreement-facts", "第三人所有的3幢301室卫生间防水层破损，致申请人所有的201室天花板渗水发霉。");
        browser.typeInto("tj-agreement-responsibility", "第三人对渗水负有责任；被申请人协调不及时。");
        caseFile.term(1, "韩测试", "修复卫生间防水层并赔偿申请人天花板修复费用", "2000", 15);
        caseFile.term(2, company, "派维修人员监督防水层施工", null, 15);
        browser.shot("dialog-agreement-three-parties-zh");
        caseFile.save("达成协议");
        assertThat(jdbc.queryForObject("""
                select p.role from agreement_term t join agreement a on a.id = t.agreement_id
                join dispute_party p on p.id = t.obligor_party_id where a.dispute_id = ? and t.seq = 1""",
                String.class, id)).isEqualTo("THIRD_PARTY");

        browser.clickId("tj-generate-agreement-1");
        browser.waiting().until(d -> jdbc.queryForObject(
                "select count(*) from case_document where dispute_id = ? and kind = 'AGREEMENT'", Long.class, id) == 1);
        byte[] pdf = jdbc.queryForObject("""
                select x.data from case_document d join case_document_data x on x.document_id = d.id
                where d.dispute_id = ? and d.kind = 'AGREEMENT'""", byte[].class, id);
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        PdfOrder.inOrder(text, List.of("人民调解协议书", "申请人：蒋测试", "被申请人：" + company,
                "第三人：韩测试，男，1990年3月7日出生，公民身份号码110101199003077571，住湖畔路9号3幢301室",
                "委托代理人：韩代理", "特别授权", "第三人：卫测试", "住湖畔路9号3幢301室（租住）",
                "经翠湖街道湖畔社区人民调解委员会主持调解",
                "一、由韩测试履行", "本协议一式五份", "翠湖街道湖畔社区人民调解委员会（印章）"));
        assertThat(text).doesNotContain("shequ", "huawu", "duban", "fayuan", "调解室（印章）");

        // the paper signed by everyone comes back as a scan, which the 卷宗 files in the agreement's place
        long printed = jdbc.queryForObject("select id from case_document where dispute_id = ? and kind = 'AGREEMENT'",
                Long.class, id);
        java.nio.file.Path signed = picture("tj-signed", 420, 594);
        browser.clickId("tj-document-scan-" + printed);
        browser.waiting().until(d -> !d.findElements(By.id("tj-upload")).isEmpty());
        browser.upload("tj-upload", signed);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-upload-file[complete]")).isEmpty());
        browser.shot("dialog-signed-copy-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> !d.findElements(By.id("tj-document-scan-open-" + printed)).isEmpty());
        browser.shotAt("tj-documents", "case-documents-signed-zh");
        java.nio.file.Files.deleteIfExists(signed);
        browser.clickId("tj-generate-bundle");
        browser.waiting().until(d -> jdbc.queryForObject(
                "select count(*) from case_document where dispute_id = ? and kind = 'BUNDLE'", Long.class, id) == 1);
        byte[] bundle = jdbc.queryForObject("""
                select x.data from case_document d join case_document_data x on x.document_id = d.id
                where d.dispute_id = ? and d.kind = 'BUNDLE'""", byte[].class, id);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bundle)) {
            PdfOrder.inOrder(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", ""),
                    List.of("卷内目录", "授权委托书：授权委托书（韩测试）", "人民调解协议书", "签字件扫描（第1版）", "卷内备考表"));
        }
    }

    /** A blank page-shaped picture, as a scanner would hand it over. */
    private static java.nio.file.Path picture(String prefix, int width, int height) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile(prefix, ".png");
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(width / 8, height / 8, width * 3 / 4, height / 20);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
