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
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.audit.AuditRow;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.web.admin.AuditLogView;
import org.springframework.jdbc.core.JdbcTemplate;

/** 审计日志: the administrator finds who read a case file, by case number, user and action. */
@TiaojieSpringTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    org.tiaojie.casework.shared.EventPublications publications;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DisputeQueryService queries;
    @Autowired
    org.tiaojie.casework.dispute.CaseDetailService details;

    @Autowired
    org.tiaojie.casework.attachment.AttachmentService attachments;
    @Autowired
    org.tiaojie.casework.account.AccountService accounts;
    @Autowired
    org.tiaojie.casework.audit.AuditQueryService auditLog;

    /** The community mediator adds evidence to one of their open cases (a note on the case file). */
    private void addEvidenceAsMediator() {
        var admin = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var shequ = accounts.loadUserByUsername("shequ").withoutPassword();
        Logins.as(shequ);
        try {
            var open = jdbc.queryForMap("select min(d.id) id from dispute d where d.organisation_id = ? "
                    + "and d.state in ('REGISTERED', 'ACCEPTED', 'IN_MEDIATION')", shequ.organisationId());
            long id = ((Number) open.get("id")).longValue();
            org.tiaojie.testing.Settled.await(publications);
            long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
            attachments.upload(id, version, org.tiaojie.casework.attachment.AttachmentKind.EVIDENCE, "审计测试照片",
                    "photo.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(admin);
        }
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theAdministratorFindsAReadOfACaseFileByCaseNumberUserAndAction() {
        String number = jdbc.queryForObject("select min(case_number) from dispute", String.class);
        long id = jdbc.queryForObject("select id from dispute where case_number = ?", Long.class, number);
        details.detail(id); // the administrator reads it (the read is what the log must show)

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
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("系统管理员"); // people by their names, never by login ids
        assertThat(find(Span.class).id("tj-audit-total").getText()).startsWith("共 ");

        // a note on the case file is named as the timeline names it
        addEvidenceAsMediator();
        action.setItems(auditLog.actions());
        action.setValue("EVIDENCE_ADDED");
        find(TextField.class).id("tj-audit-user").setValue("shequ");
        find(TextField.class).id("tj-audit-case").setValue("");
        assertThat(test(grid).size()).isPositive();
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(org.tiaojie.web.base.Labels.of(grid,
                org.tiaojie.casework.dispute.DisputeActivity.EVIDENCE_ADDED));
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("审计测试照片");
        action.setValue("READ_CASE");
        find(TextField.class).id("tj-audit-user").setValue("nobody-like-this");
        assertThat(test(grid).size()).isZero();
        assertThat(find(Span.class).id("tj-audit-total").getText()).isEqualTo("共 0 条记录");

        // issue #27: 详情 in words — a login's address (the loopback as 本机) and outcome, a case event's fields by
        // their labels with times in Beijing time; the entry as recorded stays in the tooltip (the chain covers it)
        audit.recordAlone("audit-words", "LOGIN", null, "from 0:0:0:0:0:0:0:1, second factor pending");
        audit.recordAlone("audit-words", "DisputeClosed", id, "[disputeId=" + id
                + ", closureType=AGREEMENT, at=2026-12-04T02:30:00Z, actor=shequ]");
        action.setValue(null);
        find(TextField.class).id("tj-audit-user").setValue("audit-words");
        assertThat(test(grid).size()).isEqualTo(2);
        java.util.List<String> words = java.util.List.of(test(grid).getCellText(0, 4), test(grid).getCellText(1, 4));
        assertThat(words).containsExactlyInAnyOrder("登录地址：本机（::1）；待输入动态验证码", "结案方式："
                + org.tiaojie.web.base.Labels.of(grid, org.tiaojie.casework.dispute.ClosureType.AGREEMENT));
        assertThat(words).noneMatch(w -> w.contains("0:0:0") || w.contains("disputeId") || w.contains("Z"));
        // a kept document by its kind and version, a court by its name
        audit.recordAlone("audit-words", "GENERATE_DOCUMENT", id, "BUNDLE v2");
        long court = jdbc.queryForObject("select organisation_id from app_user where username = 'fayuan'", Long.class);
        audit.recordAlone("audit-words", "DisputeReferredToCourt", id, "[disputeId=" + id + ", courtId=" + court
                + ", at=2026-12-04T02:30:00Z, actor=shequ]");
        find(TextField.class).id("tj-audit-user").setValue("");
        find(TextField.class).id("tj-audit-user").setValue("audit-words");
        String courtName = jdbc.queryForObject("select name from organisation where id = ?", String.class, court);
        java.util.List<String> more = new java.util.ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            more.add(test(grid).getCellText(i, 4));
        }
        assertThat(more).contains("卷宗（第 2 版）", "法院：" + courtName);
    }

    @Autowired
    org.tiaojie.casework.audit.AuditService audit;
}
