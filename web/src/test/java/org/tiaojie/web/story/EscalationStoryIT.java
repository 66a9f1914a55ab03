package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A case that fails at the community is escalated and agreed at the street. */
class EscalationStoryIT extends BrowserStory {

    @Test
    void aCaseThatFailsAtTheCommunityIsEscalatedAndAgreedAtTheStreet() throws IOException {
        long id = hotlineCase("GD-E2E-B-", "物业费上涨未经业主大会表决，业主拒缴");
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("办理时限");
        caseFile.act("tj-accept", null, "已受理");
        caseFile.holdSession(1, "双方分歧较大，物业坚持调价");
        caseFile.act("tj-fail", "双方对调价依据分歧较大，社区调解不成", "调解不成");
        caseFile.glance("tj-refer", "dialog-refer-zh");
        caseFile.act("tj-escalate", "涉及全小区收费标准，报街道调解中心", "已登记");
        assertThat(jdbc.queryForObject("select tier from dispute where id = ?", String.class, id)).isEqualTo("STREET");

        browser.driver().manage().deleteAllCookies();
        loginPage.login("jiedao", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("办理时限");
        caseFile.act("tj-accept", null, "已受理");
        browser.clickId("tj-schedule");
        browser.typeInto("tj-session-mediators", "孙调解");
        caseFile.save("调解中");
        browser.clickId("tj-session-record-2");
        browser.typeInto("tj-minutes-recorder", "孙调解");
        browser.typeInto("tj-minutes-statements", "物业同意暂缓调价，待业主大会表决");
        caseFile.saveDialog();
        browser.clickId("tj-agree");
        browser.waiting().until(d -> !d.findElements(By.id("tj-term-1-obligor")).isEmpty());
        browser.typeInto("tj-agreement-facts", "被申请人拟上调物业费，未经业主大会表决，申请人等业主不同意调价。");
        caseFile.term(1, "青溪测试物业有限公司", "暂停执行新收费标准，提请业主大会表决", null, 20);
        caseFile.save("达成协议");
        browser.shot("case-street-agreed-zh");
        assertThat(jdbc.queryForObject("select tier from agreement where dispute_id = ?", String.class, id))
                .isEqualTo("STREET");

        // the 12345 reply needs more time: the street asks, the district's supervisor approves
        browser.clickId("tj-extend");
        browser.typeInto("tj-extend-by", "5");
        browser.typeInto("tj-reason", "协议履行情况待业主大会表决后反馈");
        caseFile.saveDialog();
        browser.waitForText("待审批");
        browser.driver().manage().deleteAllCookies();
        loginPage.login("duban", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/supervisor"));
        browser.waitForText("待审批的延期申请");
        long request = jdbc.queryForObject("select id from extension_request where dispute_id = ?", Long.class, id);
        browser.shot("home-supervisor-approvals-zh");
        browser.clickId("tj-approve-" + request);
        browser.typeInto("tj-reason", "同意");
        browser.shot("dialog-approve-zh");
        caseFile.saveDialog();
        assertThat(jdbc.queryForObject("select status from extension_request where id = ?", String.class, request))
                .isEqualTo("APPROVED");
        assertThat(jdbc.queryForList("select to_state from dispute_history where dispute_id = ? and activity is null"
                + " order by occurred_at, id", String.class, id)).containsSubsequence("FAILED", "ESCALATED", "REGISTERED",
                "ACCEPTED", "IN_MEDIATION", "AGREED");

        // the supervisor puts the case under supervision from its case file and sends its 督办通知单
        browser.driver().get(browser.url("case/" + id));
        browser.clickId("tj-supervise");
        browser.typeInto("tj-reason", "业主多次来电反映，调解进度缓慢");
        browser.typeInto("tj-supervision-leader", "郑包保 副主任");
        browser.shot("dialog-supervise-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> !d.findElements(By.id("tj-case-supervisions")).isEmpty());
        browser.clickId("tj-generate-supervision_notice");
        browser.waiting().until(d -> !d.findElements(By.id("tj-documents")).isEmpty());
        browser.shotAt("tj-document-buttons", "case-documents-supervisor-zh");
        assertThat(jdbc.queryForObject(
                "select count(*) from case_document where dispute_id = ? and kind = 'SUPERVISION_NOTICE'", Long.class, id))
                .isOne();
    }
}
