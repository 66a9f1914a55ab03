package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.dispute.DeadlineSweep;
import org.tiaojie.casework.supervision.ListingRow;
import org.tiaojie.casework.supervision.QuarterlyListingService;
import org.tiaojie.web.admin.JobsView;
import org.tiaojie.web.supervision.SupervisorHomeView;
import org.tiaojie.web.base.InboxView;

/** The sweep's notices reach the mediator's inbox; the administrator sees the jobs; the supervisor the listing. */
@TiaojieSpringTest
class InboxAndJobsTest extends SpringBrowserlessTest {

    @Autowired
    DeadlineSweep sweep;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.tiaojie.casework.notification.NoticeDigest digest;

    @Test
    @WithUserDetails("shequ")
    void dueSoonAndOverdueNoticesArriveInTheInboxAndCanBeMarkedRead() {
        sweep.sweep(Instant.now(), 500);
        long mine = jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'shequ'""", Long.class);
        assertThat(mine).isPositive();
        navigate(InboxView.class);
        assertThat(find(RouterLink.class).id("tj-inbox-link").getText()).startsWith("通知（").endsWith("条未读）");
        Grid<?> inbox = find(Grid.class).id("tj-inbox");
        assertThat(test(inbox).size()).isEqualTo((int) mine);
        test(find(Button.class).id("tj-all-read")).click();
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'shequ' and n.read_at is null""", Long.class)).isZero();
    }

    /** Issue #27: notices filtered by kind and case, grouped per case with a link each, a case marked read at once. */
    @Test
    @WithUserDetails("shequ")
    @SuppressWarnings("unchecked")
    void noticesAreFilteredByKindAndCaseAndGroupedPerCase() {
        sweep.sweep(Instant.now(), 500);
        String mine = "from notification n join app_user u on u.id = n.recipient_id where u.username = 'shequ'";
        navigate(InboxView.class);
        Grid<org.tiaojie.casework.notification.NotificationRow> inbox = find(Grid.class).id("tj-inbox");
        com.vaadin.flow.component.select.Select<org.tiaojie.casework.notification.NotificationKind> kind =
                find(com.vaadin.flow.component.select.Select.class).id("tj-inbox-kind");
        kind.setValue(org.tiaojie.casework.notification.NotificationKind.DEADLINE);
        long deadlines = jdbc.queryForObject("select count(*) " + mine + " and (n.message_key like 'deadline.%'"
                + " or n.message_key like 'calendar.recounted%')", Long.class);
        assertThat(deadlines).isPositive();
        assertThat(test(inbox).size()).isEqualTo((int) deadlines);
        assertThat(test(inbox).getRow(0).kind()).isEqualTo(org.tiaojie.casework.notification.NotificationKind.DEADLINE);

        // one case's notices by part of its number
        String number = jdbc.queryForObject("select d.case_number " + mine.replace("from notification n",
                "from notification n join dispute d on d.id = n.dispute_id") + " order by n.id limit 1", String.class);
        String part = number.substring(number.indexOf('第') + 1, number.indexOf('号'));
        kind.clear();
        find(com.vaadin.flow.component.textfield.TextField.class).id("tj-inbox-case").setValue(part);
        long ofCase = jdbc.queryForObject("select count(*) " + mine.replace("from notification n",
                "from notification n join dispute d on d.id = n.dispute_id") + " and d.case_number like ?", Long.class,
                "%" + part + "%");
        assertThat(test(inbox).size()).isEqualTo((int) ofCase);
        find(com.vaadin.flow.component.textfield.TextField.class).id("tj-inbox-case").clear();

        // grouped: one row per case, each with the link to its case; one case marked read at once
        find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("tj-inbox-grouped").setValue(true);
        Grid<org.tiaojie.casework.notification.InboxService.CaseGroup> cases = find(Grid.class).id("tj-inbox-cases");
        long groups = jdbc.queryForObject("select count(distinct coalesce(n.dispute_id, -1)) " + mine, Long.class);
        assertThat(test(cases).size()).isEqualTo((int) groups);
        var first = test(cases).getRow(0);
        assertThat(first.count()).isPositive();
        long unreadBefore = jdbc.queryForObject("select count(*) " + mine + " and n.read_at is null", Long.class);
        var link = test(cases).getCellComponent(0, 0).getChildren().findFirst().orElseThrow().getChildren().findFirst()
                .orElseThrow();
        if (first.caseNumber() != null) {
            assertThat(link.getElement().getAttribute("href")).isEqualTo("case/" + first.disputeId());
            assertThat(link.getElement().getText()).isEqualTo(first.caseNumber());
        }
        test(cases).getCellComponent(0, 0).getChildren().findFirst().orElseThrow().getChildren()
                .filter(c -> c instanceof Button).map(Button.class::cast).findFirst()
                .ifPresent(b -> test(b).click());
        assertThat(jdbc.queryForObject("select count(*) " + mine + " and n.read_at is null", Long.class))
                .isEqualTo(unreadBefore - first.unread());
    }

    /** Issue #27: the daily summary chosen in the inbox holds the warnings; 现在查看 releases them with the summary. */
    @Test
    @WithUserDetails("shequ")
    void theDailySummaryIsChosenInTheInboxAndWhatWaitsCanBeSeenAtOnce() {
        String mine = "from notification n join app_user u on u.id = n.recipient_id where u.username = 'shequ'";
        navigate(InboxView.class);
        com.vaadin.flow.component.checkbox.Checkbox daily = find(com.vaadin.flow.component.checkbox.Checkbox.class)
                .id("tj-inbox-daily");
        assertThat(daily.getValue()).isFalse();
        assertThat(find(Span.class).withId("tj-inbox-waiting").all()).isEmpty(); // nothing waits: not shown
        test(daily).click();
        try {
            assertThat(jdbc.queryForObject("select notice_digest from app_user where username = 'shequ'", Boolean.class))
                    .isTrue();
            long before = jdbc.queryForObject("select count(*) " + mine, Long.class);
            sweep.sweep(Instant.now().plus(java.time.Duration.ofDays(3)), 500);
            long held = jdbc.queryForObject("select count(*) " + mine + " and n.held = true", Long.class);
            long atOnce = jdbc.queryForObject("select count(*) " + mine + " and n.held = false", Long.class) - before;
            assertThat(held).isPositive();
            navigate(InboxView.class);
            Span waiting = find(Span.class).id("tj-inbox-waiting");
            assertThat(waiting.getText()).isEqualTo("有 " + held + " 条非紧急通知等待下一次 8:30 汇总");
            Grid<?> inbox = find(Grid.class).id("tj-inbox");
            assertThat(test(inbox).size()).isEqualTo((int) (before + atOnce));

            test(find(Button.class).id("tj-inbox-release")).click();
            assertThat(jdbc.queryForObject("select count(*) " + mine + " and n.held = true", Long.class)).isZero();
            navigate(InboxView.class);
            assertThat(find(Span.class).withId("tj-inbox-waiting").all()).isEmpty();
            inbox = find(Grid.class).id("tj-inbox");
            assertThat(test(inbox).size()).isEqualTo((int) (before + atOnce + held + 1));
            @SuppressWarnings("unchecked")
            var first = ((Grid<org.tiaojie.casework.notification.NotificationRow>) inbox);
            // the summary (the swept notices are dated three days ahead, so it is not the newest here)
            assertThat(java.util.stream.IntStream.range(0, test(first).size()).mapToObj(i -> test(first).getRow(i))
                    .filter(n -> n.messageKey().equals("digest.daily"))).hasSize(1);
        } finally {
            digest.choose(false); // releases anything still held, for the other tests
        }
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheSweepJobAndItsNextRun() {
        navigate(JobsView.class);
        Grid<?> jobs = find(Grid.class).id("tj-jobs");
        assertThat(test(jobs).size()).isEqualTo(5);
        assertThat(test(jobs).getCellText(0, 0)).isEqualTo("时限巡查（临期、超期提醒与督办，协议条款履行提醒）");
        assertThat(test(jobs).getCellText(0, 1)).isEqualTo("运行中");
        assertThat(test(jobs).getCellText(0, 3)).isNotBlank();
        // what a listener has not finished (intake supervision after a database outage) is delivered again
        assertThat(test(jobs).getCellText(1, 0)).startsWith("事件补投");
        assertThat(test(jobs).getCellText(1, 1)).isEqualTo("运行中");
        assertThat(test(jobs).getCellText(1, 3)).isNotBlank();
        // the day's summary of the notices that could wait: every morning at 08:30, Beijing time
        assertThat(test(jobs).getCellText(2, 0)).startsWith("每日通知汇总");
        assertThat(test(jobs).getCellText(2, 3)).endsWith(" 08:30");
        assertThat(test(jobs).getCellText(3, 0)).startsWith("季度挂牌督办");
        // the next listing: five past midnight on the first day of the next quarter, Beijing time
        java.time.LocalDate next = QuarterlyListingService.quarterEndedBefore(Instant.now()).plusMonths(6);
        assertThat(test(jobs).getCellText(3, 3)).isEqualTo(next + " 00:05");
        // the retention run (个人信息保护法 Art. 19, 47): every night at 02:30, Beijing time
        assertThat(test(jobs).getCellText(4, 0)).startsWith("保管期限清理");
        assertThat(test(jobs).getCellText(4, 3)).endsWith(" 02:30");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSetsHowManyCompoundsAreListedAndANonsenseNumberIsRefused() {
        navigate(JobsView.class);
        IntegerField size = find(IntegerField.class).id("tj-listing-size");
        assertThat(size.getValue()).isEqualTo(10);
        size.setValue(0);
        test(find(Button.class).id("tj-listing-size-save")).click();
        assertThat(size.isInvalid()).isTrue();
        assertThat(size.getErrorMessage()).isEqualTo("每季度挂牌小区数须在 1 到 100 之间。");
        assertThat(jdbc.queryForObject("select listed_per_quarter from listing_setting", Integer.class)).isEqualTo(10);
        size.setValue(12);
        test(find(Button.class).id("tj-listing-size-save")).click();
        assertThat(size.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select listed_per_quarter from listing_setting", Integer.class)).isEqualTo(12);
        jdbc.update("update listing_setting set listed_per_quarter = 10");
    }

    @Test
    @WithUserDetails("duban")
    void theSupervisorSeesTheQuartersListedCompoundsAndDelistsOneAfterVerification() {
        navigate(SupervisorHomeView.class);
        @SuppressWarnings("unchecked")
        Grid<ListingRow> listed = find(Grid.class).id("tj-listed-compounds");
        // the demo district's last quarter, as the quarterly job lists it: ten ranked compounds
        assertThat(test(listed).size()).isEqualTo(10);
        assertThat(test(listed).getCellText(0, 0)).isEqualTo("1");
        assertThat(test(listed).getCellText(0, 3)).matches("\\d+ 件（12345 \\d+，信访 \\d+）");
        ListingRow first = test(listed).getRow(0);
        assertThat(first.complaints()).isGreaterThanOrEqualTo(test(listed).getRow(9).complaints());
        Button delist = (Button) test(listed).getCellComponent(0, 7);
        assertThat(delist.getText()).isEqualTo("验收销号");
        test(delist).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("请填写验收情况。");
        find(TextArea.class).id("tj-delist-note").setValue("现场检查楼道已清理，回访三户业主均表示满意");
        test(find(Button.class).id("tj-save")).click();
        assertThat(jdbc.queryForObject("select state from compound_listing where id = ?", String.class, first.id()))
                .isEqualTo("DELISTED");
        assertThat(test(listed).getCellText(0, 5)).startsWith("已验收销号（周督办 ");
        jdbc.update("update compound_listing set state = 'LISTED', closed_at = null, closed_by = null,"
                + " closing_note = null where id = ?", first.id());
    }
}
