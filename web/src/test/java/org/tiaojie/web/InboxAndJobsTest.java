package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.dispute.DeadlineSweep;
import org.tiaojie.web.admin.JobsView;
import org.tiaojie.web.base.InboxView;

/** The sweep's notices reach the mediator's inbox; the administrator sees the job. */
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
        assertThat(test(jobs).size()).isEqualTo(1);
        assertThat(test(jobs).getCellText(0, 0)).isEqualTo("时限巡查（临期、超期提醒与督办，协议条款履行提醒）");
        assertThat(test(jobs).getCellText(0, 1)).isEqualTo("运行中");
        assertThat(test(jobs).getCellText(0, 3)).isNotBlank();
    }
}
