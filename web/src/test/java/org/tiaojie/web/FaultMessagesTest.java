package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;
import org.tiaojie.web.base.UiErrorHandler;
import org.tiaojie.web.intake.IntakeView;

/** What the screen says when the database fails under a click: the cause in Chinese, and that nothing was saved. */
@TiaojieSpringTest
class FaultMessagesTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("huawu")
    void aStoppedDatabaseAndAFullDiskAreNamedNotHiddenBehindAReference() {
        navigate(IntakeView.class);
        UI ui = UI.getCurrent();
        assertThat(UiErrorHandler.messageFor(ui, new CannotCreateTransactionException("no connection",
                new SQLNonTransientConnectionException("socket closed", "08000"))))
                .startsWith("数据库暂时无法连接，本次操作没有保存");
        assertThat(UiErrorHandler.messageFor(ui, new org.springframework.dao.DataAccessResourceFailureException("insert",
                new SQLException("The table case_attachment_data is full", "HY000", 1114))))
                .startsWith("服务器存储空间已满");
        assertThat(UiErrorHandler.messageFor(ui, new IllegalStateException("bug"))).contains("参考编号");
    }
}
