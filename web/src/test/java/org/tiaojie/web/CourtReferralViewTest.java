package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.referral.CourtOutcome;
import org.tiaojie.web.mediation.CaseFileView;

/** The court clerk works a referred case from its file: sign, return for correction, file, decide. */
@TiaojieSpringTest
class CourtReferralViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private void loginAs(String name) {
        AuthenticatedUser user = accounts.loadUserByUsername(name);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null, user.getAuthorities()));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** A demo case at the court, not yet signed for, that no other test of this class took. */
    private long referred(int nth) {
        return jdbc.queryForList("""
                select r.dispute_id from court_referral r join dispute d on d.id = r.dispute_id
                where r.state = 'SENT' and d.state = 'REFERRED_TO_COURT' order by r.dispute_id""", Long.class).get(nth);
    }

    private String state() {
        return find(Span.class).id("tj-case-state").getText();
    }

    @Test
    void theClerkSignsFilesWithACheckedNumberAndRecordsTheOutcomeWhichClosesTheCase() {
        long id = referred(0);
        loginAs("fayuan");
        navigate("case/" + id, CaseFileView.class);
        assertThat(state()).isEqualTo("已移送法院");
        test(find(Button.class).id("tj-referral-sign")).click();
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 2)).isEqualTo("已签收");

        test(find(Button.class).id("tj-referral-file")).click();
        find(TextField.class).id("tj-filing-number").setValue("123号");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText())
                .isEqualTo("请按“（2026）青01民特123号”的格式填写立案案号。");
        find(TextField.class).id("tj-filing-number").setValue("（2026）青01民初7号");
        test(find(Button.class).id("tj-save")).click();
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 3)).contains("立案案号 （2026）青01民初7号");

        test(find(Button.class).id("tj-referral-decide")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CourtOutcome> outcome = find(ComboBox.class).id("tj-outcome");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("请选择法院处理结果。");
        outcome.setValue(CourtOutcome.MEDIATED);
        test(find(Button.class).id("tj-save")).click();
        assertThat(state()).isEqualTo("已办结");
        assertThat(jdbc.queryForObject("select closure_type from dispute where id = ?", String.class, id))
                .isEqualTo("COURT_OUTCOME");
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 3)).contains("结果：调解结案");
    }

    @Test
    void aReturnForCorrectionGivesTheCaseBackToItsMediatorsWithAClock() {
        long id = referred(1);
        loginAs("fayuan");
        navigate("case/" + id, CaseFileView.class);
        test(find(Button.class).id("tj-referral-return")).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("请写明需要补正的内容。");
        find(TextArea.class).id("tj-reason").setValue("缺少被申请人的身份证明及送达地址确认书");
        test(find(Button.class).id("tj-save")).click();
        assertThat(state()).isEqualTo("调解不成");

        String mediator = jdbc.queryForObject("""
                select min(u.username) from app_user u join app_user_role r on r.user_id = u.id
                join dispute d on d.organisation_id = u.organisation_id
                where d.id = ? and r.role = 'MEDIATOR'""", String.class, id);
        loginAs(mediator);
        navigate("case/" + id, CaseFileView.class);
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 3))
                .contains("退回补正：缺少被申请人的身份证明");
        Grid<?> clocks = find(Grid.class).id("tj-clocks");
        boolean correction = false;
        for (int i = 0; i < test(clocks).size(); i++) {
            correction |= test(clocks).getCellText(i, 0).equals("退回补正");
        }
        assertThat(correction).as("a 退回补正 clock on the case").isTrue();
        // the clerk's buttons are not the mediator's
        assertThat(find(Button.class).withId("tj-referral-sign").all()).isEmpty();
    }
}
