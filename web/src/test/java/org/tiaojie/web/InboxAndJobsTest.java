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

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheSweepJobAndItsNextRun() {
        navigate(JobsView.class);
        Grid<?> jobs = find(Grid.class).id("tj-jobs");
        assertThat(test(jobs).size()).isEqualTo(4);
        assertThat(test(jobs).getCellText(0, 0)).isEqualTo("时限巡查（临期、超期提醒与督办，协议条款履行提醒）");
        assertThat(test(jobs).getCellText(0, 1)).isEqualTo("运行中");
        assertThat(test(jobs).getCellText(0, 3)).isNotBlank();
        // what a listener has not finished (intake supervision after a database outage) is delivered again
        assertThat(test(jobs).getCellText(1, 0)).startsWith("事件补投");
        assertThat(test(jobs).getCellText(1, 1)).isEqualTo("运行中");
        assertThat(test(jobs).getCellText(1, 3)).isNotBlank();
        assertThat(test(jobs).getCellText(2, 0)).startsWith("季度挂牌督办");
        // the next listing: five past midnight on the first day of the next quarter, Beijing time
        java.time.LocalDate next = QuarterlyListingService.quarterEndedBefore(Instant.now()).plusMonths(6);
        assertThat(test(jobs).getCellText(2, 3)).isEqualTo(next + " 00:05");
        // the retention run (个人信息保护法 Art. 19, 47): every night at 02:30, Beijing time
        assertThat(test(jobs).getCellText(3, 0)).startsWith("保管期限清理");
        assertThat(test(jobs).getCellText(3, 3)).endsWith(" 02:30");
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
