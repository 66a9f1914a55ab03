package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.fixture.Logins;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.account.AccountService;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.web.base.AccessDeniedView;
import org.tiaojie.web.casefile.CaseFileView;

/** A mediator works one case file: accepts, is refused without a reason, suspends, reveals a number. */
@TiaojieSpringTest
class CaseFileViewTest extends SpringBrowserlessTest {

    @Autowired
    org.tiaojie.casework.shared.EventPublications publications;

    @Autowired
    AccountService accounts;
    @Autowired
    DisputeService disputes;
    @Autowired
    org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired
    JdbcTemplate jdbc;

    private long id;

    private void loginAs(String name) {
        AuthenticatedUser user = Logins.as(accounts, name);
    }

    @BeforeEach
    void aNewCallInTheMediatorsCommunity() {
        long organisation = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, organisation);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'NEIGHBOUR'", Long.class);
        loginAs("huawu");
        id = registration.register(NewCase.of(Channel.HOTLINE_12345).ref("GD-CASEFILE-" + System.nanoTime())
                .category(category).in(compound).description("楼上装修噪音持续到深夜，协商无果").partyCount(2)
                .caller("周女士", "19900004444")
                .parties(List.of(PartyDetails.person(PartyRole.APPLICANT, "周测试", "11010519491231002X", "13800005555", "测试路2号")))
                .build());
        org.tiaojie.testing.Settled.await(publications); // its intake supervision (a repeat caller) comes after the commit
        loginAs("shequ");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private String state() {
        return find(Span.class).id("tj-case-state").getText();
    }

    @Test
    void theHandlingMediatorAcceptsAndSuspendsWithAReason() {
        navigate("case/" + id, CaseFileView.class);
        assertThat(state()).isEqualTo("已登记");
        assertThat(test(find(Grid.class).id("tj-clocks")).size()).isEqualTo(2);

        test(find(Button.class).id("tj-accept")).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(state()).isEqualTo("已受理");
        assertThat(test(find(Grid.class).id("tj-clocks")).size()).isEqualTo(3);

        test(find(Button.class).id("tj-suspend")).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("请填写理由。");
        find(TextArea.class).id("tj-reason").setValue("需委托房屋质量鉴定");
        test(find(Button.class).id("tj-save")).click();
        assertThat(state()).isEqualTo("中止");
        assertThat(jdbc.queryForObject("select count(*) from dispute_history where dispute_id = ?", Long.class, id))
                .isEqualTo(3);
    }

    @Test
    void aChangeMadeMeanwhileIsRefusedWithWhoAndWhen() {
        navigate("case/" + id, CaseFileView.class);
        long version = jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
        disputes.accept(id, version); // someone else, a moment earlier
        test(find(Button.class).id("tj-accept")).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).startsWith("该案件已被 钱调解（湖畔社区） 于 ")
                .endsWith("修改，请刷新后再操作。");
    }

    @Test
    void numbersAreMaskedUntilShownAndShowingIsAudited() {
        navigate("case/" + id, CaseFileView.class);
        Grid<?> parties = find(Grid.class).id("tj-parties");
        assertThat(test(parties).getCellText(0, 2)).isEqualTo("110105********002X");
        assertThat(test(parties).getCellText(0, 3)).isEqualTo("138****5555");
        long audits = jdbc.queryForObject("select count(*) from audit_entry where dispute_id = ? and username = 'shequ'"
                + " and action = 'REVEAL_PARTY'", Long.class, id);
        // opening the case file is itself recorded
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where dispute_id = ? and username = 'shequ'"
                + " and action = 'READ_CASE'", Long.class, id)).isPositive();
        Button show = (Button) test(parties).getCellComponent(0, 6);
        test(show).click();
        assertThat(test(parties).getCellText(0, 2)).isEqualTo("11010519491231002X");
        assertThat(test(parties).getCellText(0, 3)).isEqualTo("13800005555");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where dispute_id = ? and username = 'shequ'"
                + " and action = 'REVEAL_PARTY'", Long.class, id)).isEqualTo(audits + 1);
    }

    @Test
    void anotherCommunitysMediatorIsRefused() {
        loginAs("shequ1");
        navigate("case/" + id, AccessDeniedView.class);
    }
}
