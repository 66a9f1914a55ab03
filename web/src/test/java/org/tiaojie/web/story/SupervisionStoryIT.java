package org.tiaojie.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tiaojie.casework.fixture.Logins;

/** 督办: supervised, reported, verified and delisted. */
class SupervisionStoryIT extends BrowserStory {

    @Test
    void aSupervisorSupervisesAnOverdueCaseTheMediatorReportsAndTheSupervisorVerifiesAndDelistsIt() throws IOException {
        long id = hotlineCase("GD-E2E-S-", "小区电梯频繁停运，物业维修不及时");
        // its deadline ran out yesterday
        java.time.LocalDate yesterday = java.time.LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE)
                .minusDays(1);
        jdbc.update("update dispute set due_date = ?, queue_due = ? where id = ?", yesterday, yesterday, id);
        jdbc.update("update dispute_clock set due_at = ?, warn_at = ? where dispute_id = ? and state = 'RUNNING'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86_400)),
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3 * 86_400)), id);

        loginPage.login("duban", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/supervisor"));
        // the dashboard draws its charts with ECharts, served from its WebJar
        browser.waitUpTo(30).withMessage(() -> "charts on " + browser.bodyText()).until(d -> d.findElements(
                By.cssSelector("#tj-chart-trend canvas, #tj-chart-trend svg")).size() > 0
                && d.findElements(By.cssSelector("#tj-chart-area canvas, #tj-chart-area svg")).size() > 0);
        browser.shotAt("tj-kpis", "dashboard-kpis-zh");
        browser.shot("dashboard-zh");
        browser.clickId("tj-kpi-overdue");
        browser.waitUpTo(30).until(d -> browser.rows("tj-drilldown") > 0);
        browser.shot("dashboard-drilldown-zh");
        browser.clickId("tj-drilldown-close");
        // the rankings, compounds and property companies with their credit grades
        browser.driver().get(browser.url("rankings"));
        browser.waitUpTo(30).until(d -> browser.rows("tj-rankings") > 0);
        browser.shot("rankings-compounds-zh");
        browser.clickId("tj-ranking-companies");
        browser.waitForText("信用等级");
        browser.shot("rankings-companies-zh");
        browser.driver().get(browser.url("case/" + id));
        browser.waitForText("办理时限");
        browser.clickId("tj-supervise");
        browser.typeInto("tj-reason", "超期未办结，业主多次来电");
        browser.typeInto("tj-supervision-leader", "王包保 社区党委书记");
        caseFile.saveDialog();
        browser.waiting().until(d -> !d.findElements(By.id("tj-case-supervisions")).isEmpty());
        long supervision = jdbc.queryForObject("""
                select id from supervision where dispute_id = ? and state = 'ISSUED'""", Long.class, id);
        browser.shotAt("tj-case-supervisions", "case-supervisions-zh");
        browser.driver().get(browser.url("supervision/" + supervision));
        browser.waitForText("王包保 社区党委书记");
        browser.shot("supervision-detail-zh");
        // 催办 and 约谈 (issue #27): steps of the record, the responsible room told
        browser.clickId("tj-supervision-urge");
        browser.shot("dialog-supervision-urge-zh");
        caseFile.saveDialog();
        browser.waitForText("请抓紧办理");
        browser.clickId("tj-supervision-interview");
        browser.typeInto("tj-interview-counterpart", "青溪物业服务有限公司 项目经理 冯某");
        browser.typeInto("tj-reason", "约谈物业项目经理，要求三日内完成电梯主板更换并书面报告");
        browser.shot("dialog-supervision-interview-zh");
        caseFile.saveDialog();
        browser.waitForText("约谈青溪物业服务有限公司 项目经理 冯某");
        browser.shot("supervision-urged-interviewed-zh");

        browser.driver().manage().deleteAllCookies();
        loginPage.login("shequ", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/mediator"));
        browser.driver().get(browser.url("supervisions"));
        browser.waitUpTo(30).until(d -> browser.rows("tj-supervisions") > 0);
        browser.shot("supervisions-mediator-zh");
        browser.driver().get(browser.url("supervision/" + supervision));
        browser.clickId("tj-supervision-report");
        browser.typeInto("tj-reason", "已督促物业订购电梯主板，预计三日内到货");
        browser.shot("dialog-supervision-report-zh");
        caseFile.saveDialog();
        browser.waitForText("预计三日内到货");
        // 报结 is an action of its own, not a box in the progress report
        browser.clickId("tj-supervision-done");
        browser.typeInto("tj-reason", "已督促物业更换电梯主板，电梯恢复运行，已电话回复业主");
        browser.shot("dialog-supervision-done-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElement(By.id("tj-supervision-state")).getText().equals("已报结待验收"));

        browser.driver().manage().deleteAllCookies();
        loginPage.login("duban", "demo2026");
        browser.waitUpTo(60).until(d -> d.getCurrentUrl().endsWith("/supervisor"));
        browser.driver().get(browser.url("supervision/" + supervision));
        browser.clickId("tj-supervision-verify");
        browser.typeInto("tj-reason", "现场查看电梯运行正常，业主认可");
        browser.shot("dialog-supervision-verify-zh");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElement(By.id("tj-supervision-state")).getText().equals("已验收"));
        browser.clickId("tj-supervision-delist");
        browser.typeInto("tj-reason", "整改到位，同意销号");
        caseFile.saveDialog();
        browser.waiting().until(d -> d.findElement(By.id("tj-supervision-state")).getText().equals("已销号"));
        browser.shot("supervision-delisted-zh");
        assertThat(jdbc.queryForObject("select supervised from dispute where id = ?", Boolean.class, id)).isFalse();
        assertThat(jdbc.queryForList("""
                select kind from supervision_event where supervision_id = ? order by occurred_at, id""", String.class,
                supervision)).endsWith("URGED", "INTERVIEWED", "PROGRESS", "DONE", "VERIFIED", "DELISTED");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where message_key in ('supervision.notify.urged',
                  'supervision.notify.interviewed') and dispute_id = ?""", Long.class, id)).isPositive();
        // the notice as the supervisor downloads it, kept for looking at
        var supervisor = Logins.as(accounts, "duban");
        try {
            var pdf = documentService.supervisionNotice(supervision);
            assertThat(new String(pdf.pdf(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            Files.createDirectories(Browser.SHOTS);
            Files.write(Browser.SHOTS.resolve("supervision-notice.pdf"), pdf.pdf());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
