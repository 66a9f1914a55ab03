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
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.referral.CourtOutcome;
import org.tiaojie.web.casefile.CaseFileView;

/** The court clerk works a referred case from its file: sign, return for correction, file, decide. */
@TiaojieSpringTest
class CourtReferralViewTest extends SpringBrowserlessTest {

    @Autowired
    org.tiaojie.casework.shared.EventPublications publications;

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private void loginAs(String name) {
        AuthenticatedUser user = Logins.as(accounts, name);
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
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 3)).isEqualTo("已签收");

        test(find(Button.class).id("tj-referral-file")).click();
        find(TextField.class).id("tj-filing-number").setValue("123号");
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText())
                .isEqualTo("请按“（2026）青01民特123号”的格式填写立案案号。");
        find(TextField.class).id("tj-filing-number").setValue("（2026）青01民初7号");
        test(find(Button.class).id("tj-save")).click();
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 4)).contains("立案案号 （2026）青01民初7号");

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
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 4)).contains("结果：调解结案");
    }

    @Autowired
    org.tiaojie.casework.dispute.DisputeService disputes;

    @Autowired
    org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired
    org.tiaojie.casework.mediation.MediationService mediation;
    @Autowired
    org.tiaojie.casework.agreement.AgreementService agreements;

    @Test
    void aMediatorAppliesForJudicialConfirmationOnlyWithTheFileTheCourtNeeds() {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        loginAs("huawu");
        long id = registration.register(new org.tiaojie.casework.dispute.NewDispute(
                org.tiaojie.casework.dispute.Channel.HOTLINE_12345, "GD-JC-" + System.nanoTime(), category, compound,
                "车位被占用，双方已协商一致", null, 2, "冯先生", "19900008888", false, false, false, java.util.List.of(
                        org.tiaojie.casework.dispute.PartyDetails.person(org.tiaojie.casework.dispute.PartyRole.APPLICANT,
                                "冯确认", null, "19900008888", "湖畔花园5幢"),
                        org.tiaojie.casework.dispute.PartyDetails.company(
                                org.tiaojie.casework.dispute.PartyRole.RESPONDENT, "青溪确认物业有限公司", null, "陈经理",
                                "19900009999", "青溪区测试路1号"))));
        loginAs("shequ");
        disputes.accept(id, version(id));
        mediation.schedule(id, version(id), new org.tiaojie.casework.mediation.SessionPlan(
                java.time.Instant.now().plusSeconds(3600), "湖畔社区调解室", "钱调解", "双方"));
        long respondent = jdbc.queryForObject("select max(id) from dispute_party where dispute_id = ?", Long.class, id);
        agreements.conclude(id, version(id), new org.tiaojie.casework.agreement.AgreementDraft(
                org.tiaojie.casework.agreement.Agreement.Form.WRITTEN, "物业未制止占用", "物业负管理责任", 3, null,
                java.util.List.of(new org.tiaojie.casework.agreement.TermDraft(respondent, "七日内清理车位", null, "现场清理",
                        "湖畔花园", java.time.LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(7)))));
        navigate("case/" + id, CaseFileView.class);
        assertThat(state()).isEqualTo("达成协议");
        // 人民调解法 Art. 33: no application until the written agreement took effect
        assertThat(find(Button.class).withId("tj-confirmation").all()).isEmpty();
        long agreementId = jdbc.queryForObject("select max(id) from agreement where dispute_id = ?", Long.class, id);
        test(find(Button.class).id("tj-agreement-effective-" + agreementId)).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(jdbc.queryForObject("select effective_on from agreement where id = ?", java.sql.Date.class, agreementId)
                .toLocalDate()).isEqualTo(java.time.LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE));
        test(find(Button.class).id("tj-confirmation")).click();
        @SuppressWarnings("unchecked")
        ComboBox<org.tiaojie.casework.organisation.OrganisationOption> court = find(ComboBox.class).id("tj-court");
        String courtName = jdbc.queryForObject("""
                select o.name from organisation o join app_user u on u.organisation_id = o.id
                where u.username = 'fayuan'""", String.class);
        court.setValue(court.getListDataView().getItems().filter(o -> o.name().equals(courtName)).findFirst()
                .orElseThrow());
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("案卷材料不全，暂不能移送法院。请补齐："
                + "人民调解协议书（请先在“文书”中生成）、司法确认申请书（请先在“文书”中生成）、"
                + "当事人身份证明（请在“证据及材料”中上传）。");
        assertThat(jdbc.queryForObject("select count(*) from court_referral where dispute_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void theClerkEntrustsADisputeToMediationFromTheCourtsHomeScreen() {
        loginAs("fayuan");
        navigate(org.tiaojie.web.referral.CourtHomeView.class);
        Grid<?> entrusted = find(Grid.class).id("tj-entrusted");
        int before = test(entrusted).size();
        test(find(Button.class).id("tj-entrust")).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("请填写法院案号或委派编号。");
        String reference = "（2026）青01民诉前调" + (System.nanoTime() % 100000) + "号";
        find(TextField.class).id("tj-entrust-reference").setValue(reference);
        @SuppressWarnings("unchecked")
        ComboBox<org.tiaojie.casework.place.PlaceOption> compound = find(ComboBox.class).id("tj-entrust-compound");
        compound.setValue(compound.getListDataView().getItem(0));
        @SuppressWarnings("unchecked")
        ComboBox<org.tiaojie.casework.category.CategoryRow> category = find(ComboBox.class).id("tj-entrust-category");
        category.setValue(category.getListDataView().getItem(0));
        find(TextField.class).id("tj-entrust-applicant").setValue("褚委派");
        find(TextField.class).id("tj-entrust-respondent").setValue("青溪某物业公司");
        find(TextArea.class).id("tj-entrust-description").setValue("原告诉称物业擅自提高停车费，诉前委派调解");
        test(find(Button.class).id("tj-save")).click();
        assertThat(jdbc.queryForObject("select channel from dispute where external_ref = ?", String.class, reference))
                .isEqualTo("COURT_ENTRUSTED");
        assertThat(test(find(Grid.class).id("tj-entrusted")).size()).isEqualTo(before + 1);
    }

    @Autowired
    org.tiaojie.casework.organisation.OrganisationService organisations;
    @Autowired
    org.tiaojie.casework.place.PlaceService places;

    @Test
    void aClerkOfAnotherCourtSeesNoneOfItOnScreen() {
        long id = referred(2);
        long court = jdbc.queryForObject("select organisation_id from app_user where username = 'fayuan'", Long.class);
        long district = jdbc.queryForObject("select district_id from organisation where id = ?", Long.class, court);
        String clerk = "other" + (System.nanoTime() % 100000);
        long other = organisations.add(new org.tiaojie.casework.organisation.Organisation("邻区人民法院立案庭",
                org.tiaojie.casework.organisation.OrganisationKind.COURT, places.district(district), null, null)).getId();
        accounts.createInitialUser(clerk, "邻区书记员", "Initial-2026", organisations.require(other),
                java.util.EnumSet.of(org.tiaojie.casework.account.Role.COURT_CLERK));
        loginAs(clerk);
        navigate(org.tiaojie.web.referral.CourtHomeView.class);
        assertThat(test(find(Grid.class).id("tj-referrals")).size()).isZero();
        assertThat(test(find(Grid.class).id("tj-entrusted")).size()).isZero();
        org.tiaojie.web.base.AccessDeniedView refused = navigate("case/" + id, org.tiaojie.web.base.AccessDeniedView.class);
        assertThat(refused.getElement().getTextRecursively()).contains("无权访问");
    }

    private long version(long id) {
        org.tiaojie.testing.Settled.await(publications);
        return jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
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
        assertThat(test(find(Grid.class).id("tj-referral-history")).getCellText(0, 4))
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
