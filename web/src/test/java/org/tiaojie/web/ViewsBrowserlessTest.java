package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tiaojie.casework.calendar.DayKind;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.web.admin.CalendarView;
import org.tiaojie.web.admin.OrganisationsView;
import org.tiaojie.web.base.AccessDeniedView;
import org.tiaojie.web.base.StatCard;
import org.tiaojie.web.mediation.MediatorHomeView;
import org.tiaojie.web.referral.CourtHomeView;

/** The screens without a browser, as their users would use them, in Chinese. */
@TiaojieSpringTest
class ViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("shequ")
    void mediatorSeesOwnOrganisationsOpenCasesNearestDeadlineFirst() {
        navigate(MediatorHomeView.class);
        StatCard open = find(StatCard.class).id("tj-open");
        long expected = jdbc.queryForObject("""
                select count(*) from dispute d join app_user u on u.organisation_id = d.organisation_id
                where u.username = 'shequ' and d.state in ('REGISTERED','ACCEPTED','IN_MEDIATION','SUSPENDED','AGREED',
                    'FAILED','ESCALATED','REFERRED_TO_COURT')""", Long.class);
        assertThat(expected).isPositive();
        assertThat(open.getValueText()).isEqualTo(Long.toString(expected));
        @SuppressWarnings("unchecked")
        Grid<DisputeRow> grid = find(Grid.class).id("tj-queue");
        grid.setPageSize(7); // many pages: each after the last row of the one before (keyset)
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo((int) expected);
        String organisation = jdbc.queryForObject(
                "select o.name from organisation o join app_user u on u.organisation_id = o.id where u.username = 'shequ'",
                String.class);
        List<Long> inOrder = jdbc.queryForList("""
                select d.id from dispute d join app_user u on u.organisation_id = d.organisation_id
                where u.username = 'shequ' and d.is_open = true order by d.queue_due, d.id""", Long.class);
        assertThat(java.util.stream.IntStream.range(0, tester.size()).mapToObj(i -> tester.getRow(i).id()).toList())
                .isEqualTo(inOrder);
        @SuppressWarnings("unchecked")
        var due = ((com.vaadin.flow.data.renderer.LitRenderer<DisputeRow>) grid.getColumnByKey("dueDate").getRenderer())
                .getValueProviders();
        for (int i = 0; i < tester.size(); i++) {
            DisputeRow row = tester.getRow(i);
            // the deadline cell names its clock and says how much of it is left or over, coloured by the clock's
            // own 临期 and 超期 times, with the date (and 按暂定节假日计算 where it applies) as tooltip
            String text = String.valueOf(due.get("due").apply(row));
            String style = String.valueOf(due.get("dueStyle").apply(row));
            java.time.Instant now = java.time.Instant.now();
            if (row.dueDate() == null) {
                assertThat(style).isEmpty();
            } else if (!now.isBefore(row.dueAt())) {
                assertThat(text).matches("\\S+ · 超期 \\d+ (个工作日|小时|天)");
                assertThat(style).isEqualTo("tj-due-overdue");
            } else {
                assertThat(text).matches("\\S+ · (临期：)?(剩余 \\d+ (个工作日|小时)|今日届满)");
                assertThat(style).isEqualTo(now.isBefore(row.dueWarnAt()) ? "tj-due-normal" : "tj-due-warning");
                assertThat(text.contains("临期")).isEqualTo(style.equals("tj-due-warning"));
            }
            if (row.dueDate() != null) {
                assertThat(String.valueOf(due.get("dueTitle").apply(row))).startsWith(row.dueDate().toString().substring(0, 4));
            }
            assertThat(tester.getRow(i).organisationName()).isEqualTo(organisation);
            if (i > 0 && tester.getRow(i).dueDate() != null && tester.getRow(i - 1).dueDate() != null) {
                assertThat(tester.getRow(i).dueDate()).isAfterOrEqualTo(tester.getRow(i - 1).dueDate());
            }
        }
    }

    @Test
    @WithUserDetails("shequ")
    void mediatorTypingAnAdminAddressIsRefused() {
        AccessDeniedView refused = navigate("admin/organisations", AccessDeniedView.class);
        assertThat(refused.getElement().getTextRecursively()).contains("无权访问");
    }

    @Test
    @WithUserDetails("fayuan")
    void courtSeesOnlyItsReferrals() {
        navigate(CourtHomeView.class);
        @SuppressWarnings("unchecked")
        Grid<org.tiaojie.casework.referral.ReferralRow> grid = find(Grid.class).id("tj-referrals");
        long referred = jdbc.queryForObject("""
                select count(*) from court_referral where court_id =
                (select organisation_id from app_user where username = 'fayuan')""", Long.class);
        assertThat(referred).isPositive();
        assertThat(test(grid).size()).isEqualTo((int) referred);
    }

    @Test
    @WithUserDetails("admin")
    void calendarShowsTheOfficial2026Arrangement() {
        CalendarView view = navigate(CalendarView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = find(Select.class).id("tj-year");
        year.setValue(2026);
        Grid<?> grid = find(Grid.class).id("tj-calendar");
        assertThat(test(grid).size()).isEqualTo(39);
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    void aWorkdayOnAWednesdayIsRefusedWithAChineseMessageAndNothingSaved() {
        navigate(CalendarView.class);
        long before = jdbc.queryForObject("select count(*) from calendar_day", Long.class);
        test(find(Button.class).id("tj-add")).click();
        find(DatePicker.class).single().setValue(LocalDate.of(2026, 11, 25));
        @SuppressWarnings("unchecked")
        ComboBox<DayKind> kind = find(ComboBox.class).single();
        kind.setValue(DayKind.WORKDAY);
        find(TextField.class).single().setValue("测试");
        test(find(Button.class).id("tj-save")).click();
        Span error = find(Span.class).id("tj-form-error");
        assertThat(error.getText()).isEqualTo("2026-11-25 不是周六或周日，无需设为调休上班日。");
        assertThat(jdbc.queryForObject("select count(*) from calendar_day", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void anOrganisationWithoutANameIsRefused() {
        navigate(OrganisationsView.class);
        long before = jdbc.queryForObject("select count(*) from organisation", Long.class);
        test(find(Button.class).id("tj-add")).click();
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("请填写组织名称。");
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void aDeadlineOfZeroDaysIsRefusedAndTheOldOneKept() {
        navigate(org.tiaojie.web.admin.DeadlinePoliciesView.class);
        Grid<?> grid = find(Grid.class).id("tj-deadlines");
        // 14; the court's two clocks of a 司法确认 application (法释〔2011〕5号 Art. 4 and 5); 委托调解 during
        // litigation; 信访 复查 and 复核 (信访工作条例 Art. 35, 36)
        assertThat(test(grid).size()).isEqualTo(19);
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            var policy = (org.tiaojie.casework.deadline.DeadlinePolicyRow) test(grid).getRow(i);
            if (policy.kind() == org.tiaojie.casework.deadline.ClockKind.MEDIATION
                    && policy.tier() == org.tiaojie.casework.organisation.Tier.COMMUNITY) {
                row = i;
            }
        }
        test(grid).doubleClickRow(row);
        com.vaadin.flow.component.textfield.IntegerField amount =
                find(com.vaadin.flow.component.textfield.IntegerField.class).first();
        amount.setValue(0);
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText()).isEqualTo("时限须在 1 到 3650 之间。");
        assertThat(jdbc.queryForObject(
                "select amount from deadline_policy where clock_kind = 'MEDIATION' and tier = 'COMMUNITY'", Integer.class))
                .isEqualTo(10);
    }

    @Test
    @WithUserDetails("admin")
    void routingThresholdsThatContradictEachOtherAreRefused() {
        navigate(org.tiaojie.web.admin.RoutingView.class);
        com.vaadin.flow.component.textfield.IntegerField street =
                find(com.vaadin.flow.component.textfield.IntegerField.class).id("tj-street-parties");
        assertThat(street.getValue()).isEqualTo(10);
        street.setValue(80);
        test(find(Button.class).id("tj-save")).click();
        assertThat(find(Span.class).id("tj-form-error").getText())
                .isEqualTo("街道起始人数至少为 2，区级起始人数须大于街道起始人数。");
        assertThat(jdbc.queryForObject("select street_party_count from routing_rule", Integer.class)).isEqualTo(10);
    }

    @Test
    @WithUserDetails("shequ")
    void theQueueFiltersByDeadlineStateAndTheCountsAgree() {
        navigate(MediatorHomeView.class);
        long overdue = jdbc.queryForObject("""
                select count(*) from dispute d join app_user u on u.organisation_id = d.organisation_id
                where u.username = 'shequ' and d.is_open = true and d.due_date < ?""", Long.class,
                java.sql.Date.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
        assertThat(find(StatCard.class).id("tj-overdue").getValueText()).isEqualTo(Long.toString(overdue));
        long parts = java.util.stream.Stream.of("tj-normal", "tj-warning", "tj-overdue")
                .mapToLong(id -> Long.parseLong(find(StatCard.class).id(id).getValueText())).sum();
        long withoutDeadline = jdbc.queryForObject("""
                select count(*) from dispute d join app_user u on u.organisation_id = d.organisation_id
                where u.username = 'shequ' and d.is_open = true and d.due_date is null""", Long.class);
        assertThat(parts + withoutDeadline).isEqualTo(Long.parseLong(find(StatCard.class).id("tj-open").getValueText()));
        @SuppressWarnings("unchecked")
        Select<org.tiaojie.casework.deadline.ClockStatus> clock = find(Select.class).id("tj-filter-clock");
        clock.setValue(org.tiaojie.casework.deadline.ClockStatus.OVERDUE);
        assertThat(test(find(Grid.class).id("tj-queue")).size()).isEqualTo((int) overdue);
    }

    @Test
    @WithUserDetails("shequ")
    void aSavedFilterComesBackWithItsChoices() {
        navigate(MediatorHomeView.class);
        @SuppressWarnings("unchecked")
        Select<org.tiaojie.casework.deadline.ClockStatus> clock = find(Select.class).id("tj-filter-clock");
        clock.setValue(org.tiaojie.casework.deadline.ClockStatus.WARNING);
        test(find(Button.class).id("tj-save-filter")).click();
        find(TextField.class).id("tj-filter-name").setValue("临期案件");
        test(find(Button.class).id("tj-save")).click();
        assertThat(jdbc.queryForObject("""
                select filter_query from saved_filter f join app_user u on u.id = f.user_id
                where u.username = 'shequ' and f.name = '临期案件'""", String.class)).isEqualTo("clock=WARNING");

        navigate("mediator", MediatorHomeView.class);
        @SuppressWarnings("unchecked")
        Select<org.tiaojie.casework.deadline.ClockStatus> fresh = find(Select.class).id("tj-filter-clock");
        fresh.setValue(null);
        @SuppressWarnings("unchecked")
        ComboBox<org.tiaojie.casework.account.SavedFilterRow> saved = find(ComboBox.class).id("tj-saved-filters");
        saved.setValue(saved.getListDataView().getItems().filter(f -> f.name().equals("临期案件")).findFirst().orElseThrow());
        assertThat(fresh.getValue()).isEqualTo(org.tiaojie.casework.deadline.ClockStatus.WARNING);
    }

    @Test
    @WithUserDetails("shequ")
    void theQueueFiltersByCompoundAndFlagsAndSavesThem() {
        navigate(MediatorHomeView.class);
        @SuppressWarnings("unchecked")
        ComboBox<org.tiaojie.casework.place.PlaceOption> compound = find(ComboBox.class).id("tj-filter-compound");
        long community = jdbc.queryForObject("""
                select o.community_id from organisation o join app_user u on u.organisation_id = o.id
                where u.username = 'shequ'""", Long.class);
        assertThat(compound.getListDataView().getItems().map(org.tiaojie.casework.place.PlaceOption::id))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "select id from compound where community_id = ?", Long.class, community));
        var busiest = jdbc.queryForMap("""
                select d.compound_id as id, count(*) as n from dispute d join app_user u on u.organisation_id = d.organisation_id
                where u.username = 'shequ' and d.is_open = true group by d.compound_id order by count(*) desc, d.compound_id
                limit 1""");
        long compoundId = ((Number) busiest.get("id")).longValue();
        compound.setValue(compound.getListDataView().getItems().filter(c -> c.id() == compoundId).findFirst().orElseThrow());
        assertThat(test(find(Grid.class).id("tj-queue")).size()).isEqualTo(((Number) busiest.get("n")).intValue());

        compound.setValue(null);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<org.tiaojie.casework.dispute.DisputeFlag> flags =
                find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("tj-filter-flags");
        flags.setValue(java.util.Set.of(org.tiaojie.casework.dispute.DisputeFlag.GROUP));
        long groups = jdbc.queryForObject("""
                select count(*) from dispute d join app_user u on u.organisation_id = d.organisation_id
                where u.username = 'shequ' and d.is_open = true and d.flag_group = true""", Long.class);
        assertThat(test(find(Grid.class).id("tj-queue")).size()).isEqualTo((int) groups);

        test(find(Button.class).id("tj-save-filter")).click();
        find(TextField.class).id("tj-filter-name").setValue("群体性");
        test(find(Button.class).id("tj-save")).click();
        assertThat(jdbc.queryForObject("""
                select filter_query from saved_filter f join app_user u on u.id = f.user_id
                where u.username = 'shequ' and f.name = '群体性'""", String.class)).isEqualTo("flags=GROUP");
    }
}
