package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.audit.AuditRow;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.web.admin.AuditLogView;
import org.springframework.jdbc.core.JdbcTemplate;

/** 审计日志: the administrator finds who read a case file, by case number, user and action. */
@TiaojieSpringTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DisputeQueryService queries;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theAdministratorFindsAReadOfACaseFileByCaseNumberUserAndAction() {
        String number = jdbc.queryForObject("select min(case_number) from dispute", String.class);
        long id = jdbc.queryForObject("select id from dispute where case_number = ?", Long.class, number);
        queries.detail(id); // the administrator reads it (the read is what the log must show)

        navigate(AuditLogView.class);
        Grid<AuditRow> grid = find(Grid.class).id("tj-audit");
        assertThat(test(grid).size()).isPositive();
        find(TextField.class).id("tj-audit-case").setValue(number);
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).caseNumber()).isEqualTo(number);
        }
        ComboBox<String> action = find(ComboBox.class).id("tj-audit-action");
        action.setValue("READ_CASE");
        find(TextField.class).id("tj-audit-user").setValue("admin");
        assertThat(test(grid).size()).isPositive();
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("查阅案卷");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("admin");
        assertThat(find(Span.class).id("tj-audit-total").getText()).startsWith("共 ");

        find(TextField.class).id("tj-audit-user").setValue("nobody-like-this");
        assertThat(test(grid).size()).isZero();
        assertThat(find(Span.class).id("tj-audit-total").getText()).isEqualTo("共 0 条记录");
    }
}
