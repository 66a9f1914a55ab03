package org.tiaojie.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiaojie.casework.fixture.NewCase;
import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.agreement.AgreementDraft;
import org.tiaojie.casework.agreement.AgreementService;
import org.tiaojie.casework.agreement.AgreementTerm;
import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.agreement.TermDraft;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.mediation.InvestigationInput;
import org.tiaojie.casework.mediation.MediationService;
import org.tiaojie.casework.mediation.ReturnVisit;
import org.tiaojie.casework.mediation.ReturnVisitInput;
import org.tiaojie.casework.mediation.SessionMinutes;
import org.tiaojie.casework.mediation.SessionPlan;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.supervision.ExtensionRow;
import org.tiaojie.casework.supervision.ExtensionService;

/**
 * The mediator's records on a case file (sessions, investigations, evidence, agreements and
 * their performance, extensions, return visits) on every supported database.
 */
abstract class CaseFileScenarios extends DemoDistrictScenarios {

    @Autowired org.tiaojie.casework.reply.PlatformReplyService replies;
    @Autowired org.tiaojie.casework.calendar.CalendarService calendar;
    @Autowired DisputeService disputes;
    @Autowired org.tiaojie.casework.dispute.DisputeRegistration registration;
    @Autowired DisputeQueryService queries;
    @Autowired org.tiaojie.casework.shared.DataCipher cipher;
    @Autowired org.tiaojie.casework.dispute.CaseDetailService details;
    @Autowired MediationService mediation;
    @Autowired AgreementService agreements;
    @Autowired AttachmentService attachments;
    @Autowired ExtensionService extensions;
    @Autowired org.tiaojie.casework.agreement.TermReminders reminders;
    @Autowired org.tiaojie.casework.casefile.PartyService partyService;
    @Autowired org.tiaojie.casework.document.CaseDossierService dossiers;
    @Autowired org.tiaojie.casework.casefile.AssignmentService assignments;
    @Autowired org.tiaojie.casework.notification.NotificationService notificationService;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;


    /** A new 12345 case at the community of mediator shequ, with an owner and the property company as parties. */
    long newCase(boolean withParties) {
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, org);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        List<PartyDetails> parties = withParties ? List.of(
                PartyDetails.person(PartyRole.APPLICANT, "冯晓明", null, "19900001111", "湖畔花园3幢"),
                PartyDetails.company(PartyRole.RESPONDENT, "青溪安居物业服务有限公司", null, "陈经理", "19900002222",
                        "青溪区湖畔路1号")) : List.of();
        return registration.registerAs(NewCase.of(Channel.HOTLINE_12345).ref("GD-FILE-" + System.nanoTime())
                .category(category).in(compound).description("地面车位被长期占用").partyCount(2)
                .caller("冯晓明", "19900001111").parties(parties).build(), "huawu",
                Instant.now()).getId();
    }

    long version(long id) {
        settled();
        return jdbc.queryForObject("select version from dispute where id = ?", Long.class, id);
    }

    String state(long id) {
        return jdbc.queryForObject("select state from dispute where id = ?", String.class, id);
    }

    long inMediation(boolean withParties) {
        long id = newCase(withParties);
        login("shequ");
        disputes.accept(id, version(id));
        mediation.schedule(id, version(id), new SessionPlan(Instant.now().plus(1, ChronoUnit.DAYS), "湖畔社区调解室",
                "钱调解", "冯晓明、物业公司陈经理"));
        return id;
    }

    List<Long> partyIds(long id) {
        return jdbc.queryForList("select id from dispute_party where dispute_id = ? order by id", Long.class, id);
    }

    static TermDraft term(long obligor, String what, String amount, int days) {
        return new TermDraft(obligor, what, amount == null ? null : new BigDecimal(amount), "银行转账", "湖畔社区居委会",
                LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(days));
    }

    /**
     * A leak dispute has three parties: the upstairs owner joins as 第三人 with an agent after intake, is corrected,
     * and an agreement obliges them (人民调解法 Art. 29: the agreement states every party's particulars); a party
     * entered by mistake can be removed until the agreement names the parties, not after.
     */
    @Test
    void aThirdPartyJoinsAfterIntakeIsCorrectedAndObligedAndPartiesStayOnceAgreed() throws IOException {
        long id = inMediation(true);
        long upstairs = partyService.add(id, version(id), PartyDetails.person(PartyRole.THIRD_PARTY, "楼上业主马丽",
                "110105198203150025", "19900004444", "湖畔花园3幢402室")
                .withAgent("马强", "19900005555", PartyDetails.AgentAuthority.SPECIAL));
        long mistaken = partyService.add(id, version(id), PartyDetails.person(PartyRole.RESPONDENT, "误录的人", null,
                null, null));
        partyService.remove(id, version(id), mistaken);
        var before = partyDetails(id, upstairs);
        partyService.edit(id, version(id), upstairs, new PartyDetails(PartyRole.THIRD_PARTY, false, "楼上业主马丽", null,
                "回族", null, null, null, "湖畔花园3幢402室（自住）", null, null, null, false, "马强", null,
                PartyDetails.AgentAuthority.SPECIAL));
        var after = partyDetails(id, upstairs);
        assertThat(after.idNumber()).as("a number left blank stays on file").isEqualTo(before.idNumber());
        assertThat(after.phone()).isEqualTo(before.phone());
        assertThat(after.ethnicity()).isEqualTo("回族");
        assertThat(after.gender()).isEqualTo(PartyDetails.Gender.FEMALE);
        long authority = partyService.fileAgentAuthority(id, version(id), upstairs, "委托书.png", png());
        assertThat(jdbc.queryForObject("select power_of_attorney_id from dispute_party where id = ?", Long.class,
                upstairs)).isEqualTo(authority);
        assertThat(details.detail(id).timeline()).filteredOn(t -> t.activity() != null)
                .extracting(t -> t.activity() + ":" + t.reason()).contains(
                        "PARTY_ADDED:第三人 楼上业主马丽", "PARTY_REMOVED:被申请人 误录的人",
                        "PARTY_CHANGED:第三人 楼上业主马丽：民族、住址（住所）",
                        "PARTY_CHANGED:第三人 楼上业主马丽：授权委托书");

        List<Long> parties = partyIds(id);
        agreements.conclude(id, version(id), new AgreementDraft(Agreement.Form.WRITTEN,
                "楼上卫生间渗漏致申请人天花板受损", "第三人负有维修责任，物业负有协调责任", 4, null, List.of(
                        term(upstairs, "修复卫生间防水层", null, 10),
                        term(parties.get(1), "协调维修并监督完工", null, 15))));
        assertThat(agreements.agreements(id).getFirst().terms()).extracting(t -> t.obligor())
                .containsExactly("楼上业主马丽", "青溪安居物业服务有限公司");
        assertThatThrownBy(() -> partyService.remove(id, version(id), upstairs))
                .isInstanceOf(CaseworkException.class).hasFieldOrPropertyWithValue("key", "party.remove.agreed");
        var dossier = dossiers.dossier(id);
        assertThat(dossier.parties()).extracting(p -> p.role() + ":" + p.name()).containsExactly(
                "APPLICANT:冯晓明", "RESPONDENT:青溪安居物业服务有限公司", "THIRD_PARTY:楼上业主马丽");
        assertThat(dossier.parties().getLast().idNumber()).isEqualTo("110105198203150025");
    }

    /**
     * An emoji typed anywhere a document prints is refused where it is entered, naming the field and the
     * character; nothing is stored (the 卷宗 of the case could otherwise never be made).
     */
    @Test
    void textADocumentCannotPrintIsRefusedWhereItIsEnteredAndNothingIsStored() {
        long disputes = jdbc.queryForObject("select count(*) from dispute", Long.class);
        long org = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, org);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        assertThatThrownBy(() -> registration.registerAs(NewCase.of(Channel.HOTLINE_12345).ref("GD-EMOJI")
                .category(category).in(compound).description("楼上漏水😀天花板掉皮").partyCount(1)
                .caller("冯晓明", "19900001111").build(), "huawu", Instant.now()))
                .isInstanceOf(CaseworkException.class).hasFieldOrPropertyWithValue("key", "text.unprintable")
                .satisfies(e -> assertThat(((CaseworkException) e).getLocalizedMessage(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("“纠纷简要情况”中的 “😀”（U+1F600） 文书字体无法显示，请删去或改用文字。"));
        assertThat(jdbc.queryForObject("select count(*) from dispute", Long.class)).isEqualTo(disputes);
        long id = inMediation(true);
        long v = version(id);
        assertThatThrownBy(() -> partyService.add(id, v, PartyDetails.person(PartyRole.THIRD_PARTY, "马丽🏠", null,
                null, null))).hasFieldOrPropertyWithValue("key", "text.unprintable");
        assertThatThrownBy(() -> partyService.correctDescription(id, v, "漏水👍")).hasFieldOrPropertyWithValue("key",
                "text.unprintable");
        assertThat(partyIds(id)).hasSize(2);
        assertThat(version(id)).isEqualTo(v);
        partyService.correctDescription(id, v, "楼上卫生间渗漏，申请人天花板受损，物业协调未果。");
        assertThat(details.detail(id).description()).isEqualTo("楼上卫生间渗漏，申请人天花板受损，物业协调未果。");
        assertThat(details.detail(id).timeline()).filteredOn(t -> t.activity() == DisputeActivity.DESCRIPTION_CORRECTED)
                .extracting(t -> t.reason()).containsExactly("原为：地面车位被长期占用");
    }

    /** Documents and the case file name people, not login ids; the committee issues and seals (人民调解法 Art. 29). */
    @Test
    void theDossierNamesPeopleAndTheCommitteeNotLoginsAndTheRoom() {
        long id = inMediation(true);
        var dossier = dossiers.dossier(id);
        String operator = jdbc.queryForObject("select display_name from app_user where username = 'huawu'", String.class);
        String mediator = jdbc.queryForObject("select display_name from app_user where username = 'shequ'", String.class);
        assertThat(dossier.history()).extracting(e -> e.actor()).contains(operator, mediator)
                .doesNotContain("huawu", "shequ");
        assertThat(details.detail(id).timeline()).extracting(t -> t.actor()).doesNotContain("huawu", "shequ");
        assertThat(dossier.organisation().committee()).endsWith("人民调解委员会")
                .isNotEqualTo(dossier.organisation().name());
        assertThat(dossier.organisation().seal()).isEqualTo(dossier.organisation().committee());
    }

    private PartyDetails partyDetails(long disputeId, long partyId) {
        return jdbc.queryForObject("""
                select role, organisation, name, gender, ethnicity, birth_date, id_number, phone, address, agent_name
                from dispute_party where id = ?""", (rs, n) -> new PartyDetails(PartyRole.valueOf(rs.getString(1)),
                rs.getBoolean(2), rs.getString(3), rs.getString(4) == null ? null
                        : PartyDetails.Gender.valueOf(rs.getString(4)), rs.getString(5),
                rs.getObject(6, LocalDate.class), cipher.decrypt(rs.getString(7)), cipher.decrypt(rs.getString(8)),
                rs.getString(9), null, null, null, false, rs.getString(10), null, null), partyId);
    }

    @Test
    void aCaseGoesThroughTwoSessionsAThreeTermAgreementAndASatisfiedVisit() {
        long id = inMediation(true);
        assertThat(state(id)).isEqualTo("IN_MEDIATION");
        long second = mediation.schedule(id, version(id), new SessionPlan(Instant.now().plus(3, ChronoUnit.DAYS),
                "湖畔社区调解室", "钱调解、孙调解", "冯晓明、陈经理"));
        var sessions = mediation.sessions(id);
        assertThat(sessions).extracting(s -> s.seq()).containsExactly(1, 2);
        for (var s : sessions) {
            mediation.recordMinutes(s.id(), version(id), new SessionMinutes(Instant.now().minus(1, ChronoUnit.HOURS),
                    null, "钱调解", "双方均到场", "申请人称车位被占用；物业称已多次劝离", "问：何时清理？答：一周内。",
                    s.id() == second ? "双方同意签订书面协议" : null, false));
        }
        assertThatThrownBy(() -> mediation.recordMinutes(second, version(id), new SessionMinutes(Instant.now(), null,
                "钱调解", "到场", "陈述", null, null, false))).hasMessageContaining("不能再修改");
        mediation.investigate(id, version(id), new InvestigationInput(Instant.now().minus(2, ChronoUnit.HOURS),
                "湖畔花园地面停车场", "钱调解", "门岗保安王某", "确认该车位自九月起被同一车辆占用。"));

        List<Long> parties = partyIds(id);
        long agreementId = agreements.conclude(id, version(id), new AgreementDraft(Agreement.Form.WRITTEN,
                "物业未制止占用业主车位", "物业负有管理责任", 3, null, List.of(
                        term(parties.get(1), "清理占用车位的车辆", null, 7),
                        term(parties.get(1), "补偿申请人停车费", "600.00", 15),
                        term(parties.get(0), "按期缴纳物业费", "1200.50", 30))));
        assertThat(state(id)).isEqualTo("AGREED");
        AgreementView agreement = agreements.agreements(id).getFirst();
        assertThat(agreement.id()).isEqualTo(agreementId);
        assertThat(agreement.terms()).extracting(t -> t.seq() + ":" + t.obligor() + ":" + t.amount())
                .containsExactly("1:青溪安居物业服务有限公司:null", "2:青溪安居物业服务有限公司:600.00", "3:冯晓明:1200.50");
        assertThat(agreement.number()).isEqualTo(jdbc.queryForObject(
                "select case_number from dispute where id = ?", String.class, id));
        // 人民调解法 Art. 33: the confirmation window opens when the written agreement takes effect
        String window = """
                select count(*) from dispute_clock where dispute_id = ? and kind = 'JUDICIAL_CONFIRMATION'
                and state = 'RUNNING'""";
        assertThat(jdbc.queryForObject(window, Long.class, id)).isZero();
        LocalDate today = LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE);
        assertThatThrownBy(() -> agreements.recordEffective(agreementId, version(id), today.plusDays(1)))
                .hasMessageStartingWith("生效日期应在协议达成之日");
        agreements.recordEffective(agreementId, version(id), today);
        assertThat(jdbc.queryForObject(window, Long.class, id)).isOne();
        assertThat(agreements.agreements(id).getFirst().effectiveOn()).isEqualTo(today);
        assertThatThrownBy(() -> agreements.recordEffective(agreementId, version(id), today))
                .hasMessageStartingWith("该协议已登记于");

        long first = agreement.terms().get(0).id();
        long secondTerm = agreement.terms().get(1).id();
        agreements.recordPerformance(first, version(id), AgreementTerm.Performance.PERFORMED, null, null);
        assertThatThrownBy(() -> agreements.recordPerformance(secondTerm, version(id),
                AgreementTerm.Performance.PARTIAL, " ", null)).hasMessage("部分履行或未履行的，请写明情况。");

        assertThatThrownBy(() -> disputes.close(id, version(id), ClosureType.AGREEMENT, "协议已签订"))
                .hasMessage("12345工单须先向热线平台办结反馈，再办结案件。");
        replies.reply(id, version(id), true, "经调解，双方已签订人民调解协议书。");
        disputes.close(id, version(id), ClosureType.AGREEMENT, "协议已签订");
        agreements.recordPerformance(secondTerm, version(id), AgreementTerm.Performance.PARTIAL, "已付 300 元", null);
        mediation.returnVisit(id, version(id), new ReturnVisitInput(LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE), ReturnVisit.VisitMethod.PHONE,
                ReturnVisit.Satisfaction.SATISFIED, "车位已清理", "钱调解"));
        assertThat(state(id)).isEqualTo("REVISITED");
        assertThat(mediation.visits(id)).singleElement()
                .satisfies(v -> assertThat(v.satisfaction()).isEqualTo(ReturnVisit.Satisfaction.SATISFIED));
        assertThat(agreements.agreements(id).getFirst().terms()).extracting(t -> t.performance()).containsExactly(
                AgreementTerm.Performance.PERFORMED, AgreementTerm.Performance.PARTIAL,
                AgreementTerm.Performance.PENDING);

        DisputeDetail detail = details.detail(id);
        assertThat(detail.timeline()).extracting(DisputeDetail.TimelineEntry::activity).containsSubsequence(
                DisputeActivity.SESSION_SCHEDULED, DisputeActivity.SESSION_SCHEDULED, DisputeActivity.SESSION_HELD,
                DisputeActivity.SESSION_HELD, DisputeActivity.INVESTIGATION_RECORDED, DisputeActivity.TERM_PERFORMANCE);
        assertThat(detail.timeline()).filteredOn(t -> t.activity() == DisputeActivity.SESSION_SCHEDULED)
                .first().satisfies(t -> assertThat(t.reason()).startsWith("第1次调解 · ").endsWith(" · 湖畔社区调解室"));
    }

    @Test
    void termRemindersGoOutOnceEachAcrossTheNationalDayHolidayEvenFromTwoNodes() throws Exception {
        long id = inMediation(true);
        long session = mediation.sessions(id).getFirst().id();
        mediation.recordMinutes(session, version(id), new SessionMinutes(Instant.now().minus(1, ChronoUnit.HOURS), null,
                "钱调解", "双方到场", "陈述", null, "达成协议", false));
        List<Long> parties = partyIds(id);
        agreements.conclude(id, version(id), new AgreementDraft(Agreement.Form.WRITTEN, "车位被占", "物业负责", 3, null,
                List.of(term(parties.get(1), "清理车辆", null, 10), term(parties.get(1), "补偿停车费", "600", 20),
                        term(parties.get(0), "缴纳物业费", "1200", 30), term(parties.get(1), "加装地锁", null, 40))));
        List<Long> terms = jdbc.queryForList("""
                select t.id from agreement_term t join agreement a on a.id = t.agreement_id
                where a.dispute_id = ? order by t.seq""", Long.class, id);
        // time travel to the 2026 National Day holiday (1-7 October; Saturday 10 October is a working day)
        jdbc.update("update agreement_term set deadline = ? where id = ?", LocalDate.of(2026, 10, 10), terms.get(0));
        jdbc.update("update agreement_term set deadline = ? where id = ?", LocalDate.of(2026, 10, 12), terms.get(1));
        jdbc.update("update agreement_term set deadline = ? where id = ?", LocalDate.of(2026, 9, 29), terms.get(2));
        jdbc.update("update agreement_term set deadline = ?, performance = 'PERFORMED' where id = ?",
                LocalDate.of(2026, 9, 29), terms.get(3));

        // Wednesday 30 September, 09:00: three working days ahead is Saturday 10 October (8, 9, 10)
        reminders.remind(Instant.parse("2026-09-30T01:00:00Z"), 2);
        assertThat(remindedTerms(id)).containsExactly("due:1", "overdue:3");
        reminders.remind(Instant.parse("2026-09-30T01:05:00Z"), 2);
        assertThat(remindedTerms(id)).containsExactly("due:1", "overdue:3");
        // Thursday 8 October: Monday 12 October comes into the window (9, 10, 12)
        reminders.remind(Instant.parse("2026-10-08T01:00:00Z"), 2);
        assertThat(remindedTerms(id)).containsExactly("due:1", "due:2", "overdue:3");
        // Tuesday 13 October, two nodes at once: terms 1 and 2 are past due, each reminded once
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var runs = List.of(pool.submit(() -> reminders.remind(Instant.parse("2026-10-13T01:00:00Z"), 1)),
                pool.submit(() -> reminders.remind(Instant.parse("2026-10-13T01:00:00Z"), 1)));
        for (var run : runs) {
            run.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(remindedTerms(id)).containsExactlyInAnyOrder("due:1", "due:2", "overdue:3", "overdue:1", "overdue:2");
        long mediators = jdbc.queryForObject("""
                select count(distinct recipient_id) from notification
                where dispute_id = ? and message_key like 'reminder.term%'""", Long.class, id);
        assertThat(mediators).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where dispute_id = ? and message_key like 'reminder.term%'""",
                Long.class, id)).isEqualTo(5 * mediators);
    }

    /** Which of the case's terms were reminded: "due:seq" and "overdue:seq", from the claims. */
    List<String> remindedTerms(long id) {
        List<String> out = new java.util.ArrayList<>();
        jdbc.query("""
                select t.seq, t.due_reminded_at, t.overdue_reminded_at from agreement_term t
                join agreement a on a.id = t.agreement_id where a.dispute_id = ? order by t.seq""", rs -> {
            if (rs.getTimestamp(2) != null) {
                out.add("due:" + rs.getInt(1));
            }
            if (rs.getTimestamp(3) != null) {
                out.add("overdue:" + rs.getInt(1));
            }
        }, id);
        return out.stream().sorted(java.util.Comparator.comparing((String x) -> x.startsWith("overdue"))
                .thenComparing(x -> x)).toList();
    }

    @Test
    void theDemoDistrictsCasesHaveTheRecordsBehindTheirStates() {
        // the demo's own cases (its 12345 and petition numbers), reached through the services a mediator uses
        String demo = "(d.external_ref like 'GD2026%' or d.external_ref like 'XF2026%')";
        long agreedWithout = jdbc.queryForObject("select count(*) from dispute d where " + demo
                + " and (d.state = 'AGREED' or d.closure_type = 'AGREEMENT')"
                + " and not exists (select 1 from agreement a where a.dispute_id = d.id)", Long.class);
        long agreementsWithoutTerms = jdbc.queryForObject("select count(*) from agreement a join dispute d on d.id = a.dispute_id"
                + " where " + demo + " and not exists (select 1 from agreement_term t where t.agreement_id = a.id)", Long.class);
        long mediatingWithout = jdbc.queryForObject("select count(*) from dispute d where " + demo
                + " and d.state = 'IN_MEDIATION' and not exists (select 1 from mediation_session s where s.dispute_id = d.id)",
                Long.class);
        long visitedWithout = jdbc.queryForObject("select count(*) from dispute d where " + demo
                + " and d.state in ('REVISITED', 'ARCHIVED') and not exists (select 1 from return_visit v where v.dispute_id = d.id)",
                Long.class);
        assertThat(List.of(agreedWithout, agreementsWithoutTerms, mediatingWithout, visitedWithout))
                .as("agreed without agreement, agreements without terms, mediating without a session, visited without visit")
                .containsOnly(0L);
        assertThat(jdbc.queryForObject("select count(*) from agreement a join dispute d on d.id = a.dispute_id where " + demo,
                Long.class)).as("agreements in the demo").isPositive();
        // some disputes have three parties, the upstairs owner with an agent holding special authority
        assertThat(jdbc.queryForObject("select count(*) from dispute_party p join dispute d on d.id = p.dispute_id where "
                + demo + " and p.role = 'THIRD_PARTY' and p.agent_name is not null and p.agent_authority = 'SPECIAL'",
                Long.class)).isPositive();
        // the demo's agreements bind the parties by their ids, and no stored text names a login as a person
        assertThat(jdbc.queryForObject("select count(*) from agreement_term t join agreement a on a.id = t.agreement_id"
                + " join dispute d on d.id = a.dispute_id where " + demo + " and t.obligor_party_id is null", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mediation_session s join dispute d on d.id = s.dispute_id where "
                + demo + " and (s.mediators like '%shequ%' or s.recorder like '%shequ%')", Long.class)).isZero();
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    void theHeadOfTheRoomAssignsTheCaseAndItsClockNoticesFollowTheAssignment() {
        long id = inMediation(true);
        long head = userId("shequ");
        long second = userId("shequb");
        long otherRoom = userId("shequ1");
        // clock notices of an unassigned case go to the head of the room
        org.tiaojie.casework.notification.NotificationService.Audience before = new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(
                s -> notificationService.handlersOf(id, jdbc.queryForObject(
                        "select organisation_id from dispute where id = ?", Long.class, id)));
        assertThat(before.userIds()).containsExactly(head);

        login("shequb"); // a mediator of the room, not its head
        assertThatThrownBy(() -> assignments.assign(id, version(id), List.of(second)))
                .hasMessage("只有本调解组织的负责人或系统管理员可以分配承办人。");
        login("shequ");
        assertThatThrownBy(() -> assignments.assign(id, version(id), List.of(otherRoom)))
                .hasMessage("承办人须为湖畔社区物业纠纷调解室在岗的调解员。");
        assertThatThrownBy(() -> assignments.assign(id, version(id), List.of())).hasMessage("请至少选择一名承办人。");
        assertThat(jdbc.queryForObject("select count(*) from dispute_handler where dispute_id = ?", Long.class, id))
                .isZero();

        long unread = jdbc.queryForObject("select count(*) from notification where recipient_id = ? and dispute_id = ?",
                Long.class, second, id);
        assignments.assign(id, version(id), List.of(second));
        assertThat(assignments.handlers(id)).extracting(org.tiaojie.casework.casefile.AssignmentService.Mediator::name)
                .containsExactly("冯调解（湖畔社区）");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and dispute_id = ?",
                Long.class, second, id)).isEqualTo(unread + 1);
        assertThat(jdbc.queryForObject("""
                select reason from dispute_history where dispute_id = ? and activity = 'HANDLERS_ASSIGNED'""",
                String.class, id)).isEqualTo("冯调解（湖畔社区）");
        assertThat(new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(s -> notificationService.handlersOf(id, jdbc.queryForObject(
                "select organisation_id from dispute where id = ?", Long.class, id))).userIds()).containsExactly(second);

        // 我承办的: the case is in the assigned mediator's own list, not in the head's; 本室全部 holds it for both
        var mine = org.tiaojie.casework.dispute.DisputeFilter.open().ownOrganisation().handledByMe(true);
        login("shequb");
        assertThat(queries.count(mine)).isPositive();
        assertThat(queries.count(mine.withText(caseNumber(id)))).isOne();
        login("shequ");
        assertThat(queries.count(mine.withText(caseNumber(id)))).isZero();
        assertThat(queries.count(mine.handledByMe(false).withText(caseNumber(id)))).isOne();
    }

    private String caseNumber(long id) {
        return jdbc.queryForObject("select case_number from dispute where id = ?", String.class, id);
    }

    private String description(long id) {
        return jdbc.queryForObject("select description from dispute where id = ?", String.class, id);
    }

    @Test
    void aRefusedAgreementSavesNothingAndLeavesTheCaseInMediation() {
        long bare = inMediation(false);
        assertThatThrownBy(() -> agreements.conclude(bare, version(bare), new AgreementDraft(Agreement.Form.WRITTEN,
                "事实", null, 3, null, List.of(term(1L, "清理", null, 3)))))
                .hasMessage("调解协议须列明至少两方当事人，请先补充当事人信息。");

        long id = inMediation(true);
        long v = version(id);
        List<Long> p = partyIds(id);
        record Refusal(AgreementDraft draft, String message) {
        }
        List<Refusal> refusals = List.of(
                new Refusal(new AgreementDraft(Agreement.Form.WRITTEN, "事实", null, 2, null,
                        List.of(term(p.get(1), "清理", null, 3))), "协议份数至少为 3 份（每方当事人一份，调解委员会留存一份）。"),
                new Refusal(new AgreementDraft(Agreement.Form.WRITTEN, " ", null, 3, null,
                        List.of(term(p.get(1), "清理", null, 3))), "请填写纠纷事实。"),
                // 人民调解法 Art. 29: the agreement states the facts as the committee found them, not the complaint copied
                new Refusal(new AgreementDraft(Agreement.Form.WRITTEN, " " + description(id) + "。", null, 3, null,
                        List.of(term(p.get(1), "清理", null, 3))),
                        "协议书写明的纠纷事实应由调解员根据调查和调解情况概括，不能照抄登记时的反映内容。"),
                new Refusal(new AgreementDraft(Agreement.Form.WRITTEN, "事实", null, 3, null,
                        List.of(term(p.get(1), "清理", null, 3), term(bare, "赔偿", "10", 3))),
                        "第 2 项条款：请选择履行义务人（须为本案当事人）。"),
                new Refusal(new AgreementDraft(Agreement.Form.WRITTEN, "事实", null, 3, null,
                        List.of(term(p.get(1), "清理", null, -1))), "第 1 项条款：履行期限不能早于今天。"),
                new Refusal(new AgreementDraft(Agreement.Form.WRITTEN, "事实", null, 3, null,
                        List.of(term(p.get(1), "赔偿", "-5", 3))), "第 1 项条款：金额不能为负数。"),
                new Refusal(new AgreementDraft(Agreement.Form.WRITTEN, "事实", null, 3, null, List.of()),
                        "请至少填写一项协议条款。"),
                new Refusal(new AgreementDraft(Agreement.Form.ORAL, "事实", null, null, null,
                        List.of(term(p.get(1), "清理", null, 3))), "请选择或填写记录口头协议的调解会。"));
        for (Refusal r : refusals) {
            assertThatThrownBy(() -> agreements.conclude(id, v, r.draft())).isInstanceOf(CaseworkException.class)
                    .hasMessage(r.message());
        }
        assertThat(state(id)).isEqualTo("IN_MEDIATION");
        assertThat(version(id)).isEqualTo(v);
        assertThat(jdbc.queryForObject("select count(*) from agreement where dispute_id = ?", Long.class, id)).isZero();

        // an oral agreement recorded in the minutes of a held session is accepted
        long session = mediation.sessions(id).getFirst().id();
        mediation.recordMinutes(session, v, new SessionMinutes(Instant.now().minusSeconds(600), Instant.now(), "钱调解",
                "双方到场", "各自陈述", null, "当场口头达成：物业三日内清理车位", true));
        agreements.conclude(id, version(id), new AgreementDraft(Agreement.Form.ORAL, "车位被占", null, null, session,
                List.of(term(p.get(1), "清理车位", null, 3))));
        assertThat(state(id)).isEqualTo("AGREED");
    }

    @Test
    void aStaleScreenIsRefusedWithWhoChangedTheCase() {
        long id = inMediation(true);
        long old = version(id) - 1;
        assertThatThrownBy(() -> mediation.investigate(id, old, new InvestigationInput(Instant.now(), "现场", "钱调解",
                "保安", "内容"))).hasMessageStartingWith("该案件已被 钱调解（湖畔社区） 于 ");
        assertThat(jdbc.queryForObject("select count(*) from investigation_record where dispute_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void aDissatisfiedVisitReopensTheCaseOnANewMediationClock() {
        long id = newCase(true);
        login("shequ");
        disputes.accept(id, version(id));
        replies.reply(id, version(id), true, "申请人撤回调解申请。");
        disputes.close(id, version(id), ClosureType.WITHDRAWN, "申请人撤回");
        assertThatThrownBy(() -> mediation.returnVisit(id, version(id), new ReturnVisitInput(LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE),
                ReturnVisit.VisitMethod.HOME_VISIT, ReturnVisit.Satisfaction.DISSATISFIED, "", "钱调解")))
                .hasMessage("回访不满意的，请写明不满意的原因。");
        assertThatThrownBy(() -> mediation.returnVisit(id, version(id), new ReturnVisitInput(LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(1),
                ReturnVisit.VisitMethod.HOME_VISIT, ReturnVisit.Satisfaction.SATISFIED, null, "钱调解")))
                .hasMessage("回访日期不能晚于今天。");
        assertThat(state(id)).isEqualTo("CLOSED");
        mediation.returnVisit(id, version(id), new ReturnVisitInput(LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE), ReturnVisit.VisitMethod.HOME_VISIT,
                ReturnVisit.Satisfaction.DISSATISFIED, "车位仍被占用", "钱调解"));
        assertThat(state(id)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'MEDIATION' and state = 'RUNNING'""",
                Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("select closure_type from dispute where id = ?", String.class, id)).isNull();
    }

    @Test
    void uploadsAreJudgedByTheirBytesAndKeptWithTheirDigest() throws Exception {
        long id = inMediation(true);
        byte[] png = png();
        long saved = attachments.upload(id, version(id), AttachmentKind.EVIDENCE, "车位照片", "photo.pdf", png);
        var content = attachments.content(saved);
        assertThat(content.contentType()).isEqualTo("image/png");
        assertThat(content.bytes()).isEqualTo(png);
        assertThat(attachments.list(id)).singleElement().satisfies(a -> assertThat(a.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png))));
        byte[] exe = "MZ\u0090\u0000 this is a program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        long v = version(id);
        assertThatThrownBy(() -> attachments.upload(id, v, AttachmentKind.EVIDENCE, null, "scan.png", exe))
                .hasMessage("“scan.png”不是 PDF、JPEG 或 PNG 文件（按文件内容识别），不能上传。");
        assertThatThrownBy(() -> attachments.upload(id, v, AttachmentKind.EVIDENCE, null, "empty.pdf", new byte[0]))
                .hasMessage("文件为空，请重新选择。");
        byte[] huge = new byte[(int) attachments.maxBytes() + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
        assertThatThrownBy(() -> attachments.upload(id, v, AttachmentKind.EVIDENCE, null, "big.pdf", huge))
                .hasMessage("文件不能超过 10 MB。");
        assertThat(attachments.list(id)).hasSize(1);
        assertThat(version(id)).isEqualTo(v);
    }

    @Test
    void anExtensionWaitsForTheSupervisorsDecision() {
        long id = newCase(true);
        login("shequ");
        disputes.accept(id, version(id));
        Instant dueBefore = jdbc.queryForObject("""
                select due_at from dispute_clock where dispute_id = ? and kind = 'MEDIATION'""", Instant.class, id);
        assertThatThrownBy(() -> extensions.request(id, version(id), ClockKind.MEDIATION, 40, "需鉴定"))
                .hasMessage("延期不能超过 10 个工作日。");
        long request = extensions.request(id, version(id), ClockKind.MEDIATION, 5, "当事人出差，需延后调解");
        assertThatThrownBy(() -> extensions.request(id, version(id), ClockKind.MEDIATION, 3, "再次申请"))
                .hasMessage("该案件的“调解期限”已有待审批的延期申请。");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'duban' and n.dispute_id = ? and n.message_key = 'notify.extensionRequested'""",
                Long.class, id)).isOne();

        login("duban");
        assertThat(extensions.pending(500)).extracting(ExtensionRow::id).contains(request);
        assertThatThrownBy(() -> extensions.refuse(request, " ")).hasMessage("请填写审批意见。");
        extensions.approve(request, "同意延期");
        assertThatThrownBy(() -> extensions.approve(request, null)).hasMessageStartingWith("该申请已被 周督办 处理");
        assertThat(extensions.pending(500)).extracting(ExtensionRow::id).doesNotContain(request);
        Instant dueAfter = jdbc.queryForObject("""
                select due_at from dispute_clock where dispute_id = ? and kind = 'MEDIATION'""", Instant.class, id);
        assertThat(dueAfter).isAfter(dueBefore.plus(4, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("""
                select count(*) from notification where dispute_id = ? and message_key = 'notify.extensionApproved'""",
                Long.class, id)).isPositive();
        assertThat(details.detail(id).timeline()).extracting(DisputeDetail.TimelineEntry::activity)
                .contains(DisputeActivity.EXTENSION_REQUESTED, DisputeActivity.EXTENSION_APPROVED);
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(5, 5, 20, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }


    // ------------------------------------------------------------------ 移送法院 and the court (#9)

    @Autowired org.tiaojie.casework.referral.ReferralService referrals;
    @Autowired org.tiaojie.casework.document.CaseDocumentService documentStore;
    @Autowired org.tiaojie.casework.organisation.OrganisationService organisations;

    private void bundle(long id) {
        documentStore.store(id, new org.tiaojie.casework.document.CaseDocumentService.Rendered(
                org.tiaojie.casework.document.DocumentKind.BUNDLE, null, "人民调解卷宗", "卷宗.pdf", 3,
                ("%PDF-1.7 bundle " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private long failedAfterASession() {
        long id = inMediation(true);
        var session = mediation.sessions(id).getFirst();
        mediation.recordMinutes(session.id(), version(id), new SessionMinutes(Instant.now().minus(1, ChronoUnit.HOURS),
                null, "钱调解", "双方均到场", "申请人要求赔偿；物业不同意", "问：能否让步？答：不能。", "未能达成一致", false));
        disputes.fail(id, version(id), "双方分歧较大，调解不成");
        return id;
    }

    /** A basic court of another district (made once), for the court-choice rule. */
    private long otherDistrictCourt() {
        var existing = jdbc.queryForList("select id from organisation where name = '邻区人民法院'", Long.class);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        var district = places.addDistrict("LQ" + (System.nanoTime() % 1000), "邻区");
        return organisations.add(new org.tiaojie.casework.organisation.Organisation("邻区人民法院",
                org.tiaojie.casework.organisation.OrganisationKind.COURT, district, null, null)).getId();
    }

    private long courtId() {
        return jdbc.queryForObject("select organisation_id from app_user where username = 'fayuan'", Long.class);
    }

    private org.tiaojie.casework.referral.ReferralRow latest(long id) {
        return referrals.ofDispute(id).getLast();
    }

    @Test
    void anIncompleteFileIsNotSentAndSaysWhatIsMissing() {
        long id = inMediation(false);
        disputes.fail(id, version(id), "被申请人拒不到场");
        long before = version(id);
        assertThatThrownBy(() -> referrals.refer(id, before, courtId(), "调解不成，移送法院"))
                .isInstanceOf(org.tiaojie.casework.shared.CaseworkException.class)
                .hasMessage("案卷材料不全，暂不能移送法院。请补齐：申请人、被申请人、至少一次已召开调解会的调解笔录、"
                        + "卷宗（请先在“文书”中生成卷宗）。");
        assertThat(state(id)).isEqualTo("FAILED");
        assertThat(version(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from court_referral where dispute_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void theCourtSignsReturnsForCorrectionFilesAndDecidesAndTheCaseClosesWithItsOutcome() {
        long id = failedAfterASession();
        bundle(id);
        referrals.refer(id, version(id), courtId(), "调解不成，申请立案");
        assertThat(state(id)).isEqualTo("REFERRED_TO_COURT");
        // 民事诉讼法 (2023) Art. 126: filed within 7 days — the court's clock, not the mediators' deadline
        assertThat(jdbc.queryForObject("select amount from dispute_clock where dispute_id = ? and kind = 'COURT_ACCEPTANCE'"
                + " and state = 'RUNNING'", Integer.class, id)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select due_clock from dispute where id = ?", String.class, id))
                .isNotEqualTo("COURT_ACCEPTANCE");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'fayuan' and n.dispute_id = ? and n.message_key = 'referral.received'""", Long.class, id))
                .isEqualTo(1);

        login("fayuan");
        var r = latest(id);
        assertThat(referrals.inbox(0, 50)).extracting(org.tiaojie.casework.referral.ReferralRow::id).contains(r.id());
        assertThat(r.bundleDocumentId()).isNotNull();
        referrals.signFor(r.id(), r.version());
        r = latest(id);
        var signed = r;
        assertThatThrownBy(() -> referrals.returnForCorrection(signed.id(), signed.version(), " "))
                .hasMessage("请写明需要补正的内容。");
        referrals.returnForCorrection(r.id(), r.version(), "缺少证据材料：占用车位的照片");
        assertThat(state(id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'COURT_CORRECTION' and state = 'RUNNING'""",
                Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select message_args from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'shequ' and n.dispute_id = ? and n.message_key = 'referral.returned'""", String.class, id))
                .contains("占用车位的照片");

        // the mediator must build the bundle again before sending it again
        login("shequ");
        assertThatThrownBy(() -> referrals.refer(id, version(id), courtId(), "补正后重新移送"))
                .hasMessageContaining("退回补正后重新生成的卷宗");
        bundle(id);
        referrals.refer(id, version(id), courtId(), "补正后重新移送");
        assertThat(referrals.ofDispute(id)).extracting(org.tiaojie.casework.referral.ReferralRow::state).containsExactly(
                org.tiaojie.casework.referral.CourtReferral.ReferralState.RETURNED,
                org.tiaojie.casework.referral.CourtReferral.ReferralState.SENT);
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'COURT_CORRECTION' and state = 'RUNNING'""",
                Long.class, id)).isZero();

        login("fayuan");
        r = latest(id);
        referrals.signFor(r.id(), r.version());
        var again = latest(id);
        assertThatThrownBy(() -> referrals.signFor(again.id(), again.version()))
                .hasMessageContaining("已签收");
        assertThatThrownBy(() -> referrals.file(again.id(), again.version(), "123"))
                .hasMessageContaining("（2026）青01民特123号");
        assertThatThrownBy(() -> referrals.file(again.id(), again.version() - 1, "（2026）青01民初88号"))
                .hasMessage("该移送记录已被他人处理，请刷新后再操作。");
        referrals.file(again.id(), again.version(), "（2026）青01民初88号");
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'COURT_ACCEPTANCE' and state = 'RUNNING'""",
                Long.class, id)).isZero();
        r = latest(id);
        var filed = r;
        assertThatThrownBy(() -> referrals.decide(filed.id(), filed.version(),
                org.tiaojie.casework.referral.CourtOutcome.JUDGED, LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).plusDays(1), null, null, null))
                .hasMessageContaining("不能晚于今天");
        var filedAgain = r;
        assertThatThrownBy(() -> referrals.decide(filedAgain.id(), filedAgain.version(),
                org.tiaojie.casework.referral.CourtOutcome.JUDGED, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                null, "判决书.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}))
                .hasMessage("裁判文书请上传 PDF 文件。");
        byte[] ruling = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        referrals.decide(r.id(), r.version(), org.tiaojie.casework.referral.CourtOutcome.JUDGED,
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), "判决物业公司清理车位并赔偿", "判决书.pdf", ruling);
        assertThat(jdbc.queryForObject("""
                select title from case_attachment where dispute_id = ? and kind = 'COURT_RULING'""", String.class, id))
                .isEqualTo("裁判文书（（2026）青01民初88号）");
        assertThat(state(id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select closure_type from dispute where id = ?", String.class, id))
                .isEqualTo("COURT_OUTCOME");
        assertThat(jdbc.queryForObject("""
                select reason from dispute_history where dispute_id = ? and to_state = 'CLOSED'""", String.class, id))
                .contains("判决", "（2026）青01民初88号");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'shequ' and n.dispute_id = ? and n.message_key = 'referral.decided'""", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void aClerkOfAnotherCourtSeesAndDoesNothing() {
        long id = failedAfterASession();
        bundle(id);
        referrals.refer(id, version(id), courtId(), "调解不成，移送法院");
        login("admin");
        String clerk = "clerk" + (System.nanoTime() % 100000);
        var home = jdbc.queryForMap("select district_id from organisation where id = ?", courtId());
        long other = organisations.add(new org.tiaojie.casework.organisation.Organisation("邻区人民法院立案庭",
                org.tiaojie.casework.organisation.OrganisationKind.COURT,
                places.district(((Number) home.get("district_id")).longValue()), null, null)).getId();
        accounts.createInitialUser(clerk, "邻区书记员", "Initial-2026", organisations.require(other),
                java.util.EnumSet.of(org.tiaojie.casework.account.Role.COURT_CLERK));
        login("fayuan");
        long referral = latest(id).id();
        long referralVersion = latest(id).version();
        login(clerk);
        assertThat(referrals.inbox(0, 50)).isEmpty();
        assertThat(referrals.inboxSize()).isZero();
        assertThatThrownBy(() -> referrals.signFor(referral, referralVersion))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.ofDispute(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> queries.find(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select state from court_referral where id = ?", String.class, referral))
                .isEqualTo("SENT");
        // and a mediator may not act for the court
        login("shequ");
        assertThatThrownBy(() -> referrals.signFor(referral, referralVersion))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void document(long id, org.tiaojie.casework.document.DocumentKind kind, Long recordId) {
        documentStore.store(id, new org.tiaojie.casework.document.CaseDocumentService.Rendered(kind, recordId,
                kind.name(), kind.name() + ".pdf", 2,
                ("%PDF-1.7 " + kind + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * 人民调解法 Art. 29: the agreement takes effect with the parties' signatures and the committee's seal, so the
     * file keeps the signed paper: a scan uploaded against the stored version it copies, never against a 卷宗 and
     * never as a loose file.
     */
    @Test
    void theScanOfASignedVersionIsKeptAgainstThatVersion() {
        long id = inMediation(true);
        login("shequ");
        document(id, org.tiaojie.casework.document.DocumentKind.RIGHTS_NOTICE, null);
        bundle(id);
        var stored = documentStore.list(id);
        long notice = stored.stream().filter(r -> r.kind() == org.tiaojie.casework.document.DocumentKind.RIGHTS_NOTICE)
                .findFirst().orElseThrow().id();
        long bundleId = stored.stream().filter(r -> r.kind() == org.tiaojie.casework.document.DocumentKind.BUNDLE)
                .findFirst().orElseThrow().id();
        long before = jdbc.queryForObject("select count(*) from case_attachment where dispute_id = ?", Long.class, id);
        assertThatThrownBy(() -> documentStore.uploadSignedCopy(bundleId, version(id), "卷宗.png", IntakeScenarios.png()))
                .hasMessage("卷宗不需要签字件扫描件。");
        assertThatThrownBy(() -> attachments.upload(id, version(id),
                org.tiaojie.casework.attachment.AttachmentKind.SIGNED_COPY, null, "签字件.png", IntakeScenarios.png()))
                .hasMessage("签字件扫描件请在“文书”中对应的文书版本上上传。");
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where dispute_id = ?", Long.class, id))
                .isEqualTo(before);

        long scan = documentStore.uploadSignedCopy(notice, version(id), "告知书签字件.png", IntakeScenarios.png());
        assertThat(jdbc.queryForMap("select kind, document_id, title from case_attachment where id = ?", scan))
                .containsEntry("kind", "SIGNED_COPY").containsEntry("document_id", notice)
                .containsEntry("title", "RIGHTS_NOTICE 第1版 签字件");
        assertThat(attachments.list(id)).filteredOn(a -> a.id() == scan).singleElement()
                .satisfies(a -> assertThat(a.documentId()).isEqualTo(notice));
        // another room's mediator cannot put a scan on this case
        login("shequ1");
        assertThatThrownBy(() -> documentStore.uploadSignedCopy(notice, version(id), "x.png", IntakeScenarios.png()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void thePartiesApplyForJudicialConfirmationAndTheCourtsConfirmationClosesTheCase() {
        long id = inMediation(true);
        List<Long> parties = partyIds(id);
        long agreementId = agreements.conclude(id, version(id), new AgreementDraft(Agreement.Form.WRITTEN,
                "物业未按约定清运建筑垃圾", "物业负有管理责任", 3, null,
                List.of(term(parties.get(1), "十日内清运楼道建筑垃圾", null, 10))));
        assertThat(state(id)).isEqualTo("AGREED");
        agreements.recordEffective(agreementId, version(id), LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE));
        assertThatThrownBy(() -> referrals.applyForConfirmation(id, version(id), courtId(), "双方共同申请"))
                .hasMessage("案卷材料不全，暂不能移送法院。请补齐：人民调解协议书（请先在“文书”中生成）、"
                        + "司法确认申请书（请先在“文书”中生成）、当事人身份证明（请在“证据及材料”中上传）。");
        document(id, org.tiaojie.casework.document.DocumentKind.AGREEMENT, agreementId);
        document(id, org.tiaojie.casework.document.DocumentKind.CONFIRMATION_APPLICATION, agreementId);
        attachments.upload(id, version(id), org.tiaojie.casework.attachment.AttachmentKind.IDENTITY, "申请人身份证",
                "身份证.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        // 民事诉讼法 Art. 205: a court of another place needs the reason
        long elsewhere = otherDistrictCourt();
        assertThatThrownBy(() -> referrals.applyForConfirmation(id, version(id), elsewhere, " "))
                .hasMessageContaining("第二百零五条");
        referrals.applyForConfirmation(id, version(id), courtId(), "双方共同申请司法确认");
        assertThat(state(id)).isEqualTo("AGREED");
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'JUDICIAL_CONFIRMATION'
                and state = 'RUNNING'""", Long.class, id)).isZero();
        assertThatThrownBy(() -> referrals.applyForConfirmation(id, version(id), courtId(), "再次申请"))
                .hasMessage("本案已有尚未办结的司法确认申请。");

        login("fayuan");
        var r = latest(id);
        assertThat(r.kind()).isEqualTo(org.tiaojie.casework.referral.ReferralKind.JUDICIAL_CONFIRMATION);
        assertThat(referrals.inbox(0, 50)).extracting(org.tiaojie.casework.referral.ReferralRow::id).contains(r.id());
        referrals.signFor(r.id(), r.version());
        r = latest(id);
        referrals.returnForCorrection(r.id(), r.version(), "申请书未载明送达地址");
        assertThat(state(id)).isEqualTo("AGREED");
        assertThat(jdbc.queryForObject("""
                select count(*) from dispute_clock where dispute_id = ? and kind = 'COURT_CORRECTION' and state = 'RUNNING'""",
                Long.class, id)).isOne();

        login("shequ");
        assertThatThrownBy(() -> referrals.applyForConfirmation(id, version(id), courtId(), "补正后再次申请"))
                .hasMessageContaining("退回补正后重新生成的司法确认申请书");
        document(id, org.tiaojie.casework.document.DocumentKind.CONFIRMATION_APPLICATION, agreementId);
        referrals.applyForConfirmation(id, version(id), courtId(), "补正后再次申请");

        // 法释〔2011〕5号 Art. 4: the court decides within 3 days whether to accept; the clock is the court's,
        // so the case's deadline in the mediators' list is not it
        String running = "select count(*) from dispute_clock where dispute_id = ? and kind = ? and state = 'RUNNING'";
        assertThat(jdbc.queryForObject(running, Long.class, id, "CONFIRMATION_ACCEPTANCE")).isOne();
        java.sql.Timestamp applied = jdbc.queryForObject("select started_at from dispute_clock where dispute_id = ? and kind"
                + " = 'CONFIRMATION_ACCEPTANCE' and state = 'RUNNING'", java.sql.Timestamp.class, id);
        LocalDate appliedOn = applied.toInstant().atZone(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE).toLocalDate();
        assertThat(jdbc.queryForObject("select due_at from dispute_clock where dispute_id = ? and kind = "
                + "'CONFIRMATION_ACCEPTANCE' and state = 'RUNNING'", java.sql.Timestamp.class, id).toInstant())
                .isEqualTo(org.tiaojie.casework.deadline.DeadlineCalculator.endOf(
                        calendar.calendar().onOrNextWorkingDay(appliedOn.plusDays(3))));
        assertThat(jdbc.queryForObject("select due_clock from dispute where id = ?", String.class, id))
                .isNotEqualTo("CONFIRMATION_ACCEPTANCE");
        login("fayuan");
        r = latest(id);
        referrals.signFor(r.id(), r.version());
        r = latest(id);
        referrals.file(r.id(), r.version(), "（2026）青01民特5号");
        // Art. 5: accepted, it decides within 15 days (extendable by 10)
        assertThat(jdbc.queryForObject(running, Long.class, id, "CONFIRMATION_ACCEPTANCE")).isZero();
        assertThat(jdbc.queryForObject(running, Long.class, id, "CONFIRMATION_DECISION")).isOne();
        assertThat(jdbc.queryForObject("select max_extension from dispute_clock where dispute_id = ? and kind = "
                + "'CONFIRMATION_DECISION'", Integer.class, id)).isEqualTo(10);
        var toExtend = latest(id);
        java.sql.Timestamp decisionDue = jdbc.queryForObject("select due_at from dispute_clock where dispute_id = ? and"
                + " kind = 'CONFIRMATION_DECISION'", java.sql.Timestamp.class, id);
        assertThatThrownBy(() -> referrals.extendConfirmationDecision(toExtend.id(), toExtend.version(), 11, "院长批准"))
                .hasMessageContaining("10");
        referrals.extendConfirmationDecision(toExtend.id(), toExtend.version(), 10, "经院长批准延长十日");
        assertThat(jdbc.queryForObject("select due_at from dispute_clock where dispute_id = ? and kind ="
                + " 'CONFIRMATION_DECISION'", java.sql.Timestamp.class, id).toInstant()).isAfter(decisionDue.toInstant());
        var filed = latest(id);
        assertThatThrownBy(() -> referrals.decide(filed.id(), filed.version(),
                org.tiaojie.casework.referral.CourtOutcome.JUDGED, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                null, null, null)).hasMessage("“判决”不是司法确认申请的处理结果。");
        referrals.decide(filed.id(), filed.version(), org.tiaojie.casework.referral.CourtOutcome.CONFIRMED_VALID,
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), null, null, null);
        assertThat(state(id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject(running, Long.class, id, "CONFIRMATION_DECISION")).isZero();
        assertThat(jdbc.queryForObject("select closure_type from dispute where id = ?", String.class, id))
                .isEqualTo("AGREEMENT");
        assertThat(jdbc.queryForObject("""
                select reason from dispute_history where dispute_id = ? and activity = 'COURT_DECIDED'""", String.class, id))
                .contains("裁定确认有效", "（2026）青01民特5号");
        login("shequ");
        assertThatThrownBy(() -> referrals.applyForConfirmation(id, version(id), courtId(), "又一次"))
                .hasMessage("法院已对本案的司法确认申请作出处理，不能重复申请。");
    }

    @Autowired org.tiaojie.casework.referral.EntrustmentService entrustments;

    @Test
    void aCourtEntrustsADisputeWhichRunsOnThirtyDaysAndReportsItsResultBack() {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        String reference = "（2026）青01民诉前调" + (System.nanoTime() % 100000) + "号";
        login("fayuan");
        assertThat(entrustments.compounds()).extracting(p -> p.id()).contains(compound);
        assertThatThrownBy(() -> entrustments.entrust(new org.tiaojie.casework.referral.EntrustmentService.Entrustment(
                " ", false, compound, category, "车位纠纷", "冯委派", null, "青溪物业")))
                .hasMessage("请填写法院案号或委派编号。");
        long id = entrustments.entrust(new org.tiaojie.casework.referral.EntrustmentService.Entrustment(reference, false,
                compound, category, "原告诉称车位被物业出租给他人，诉前委派调解", "冯委派", "19900003333", "青溪物业"));
        assertThat(jdbc.queryForMap("select channel, external_ref, organisation_id, court_id from dispute where id = ?", id))
                .containsEntry("channel", "COURT_ENTRUSTED").containsEntry("external_ref", reference);
        assertThat(jdbc.queryForObject("select organisation_id from dispute where id = ?", Long.class, id)).isEqualTo(room);
        assertThat(queries.find(id).caseNumber()).isNotBlank(); // the court sees what it entrusted
        assertThatThrownBy(() -> entrustments.entrust(new org.tiaojie.casework.referral.EntrustmentService.Entrustment(
                reference, false, compound, category, "再次委派", "冯委派", null, "青溪物业")))
                .hasMessageContaining("不能重复委派");
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'shequ' and n.dispute_id = ? and n.message_key = 'entrustment.received'""", Long.class, id))
                .isOne();

        login("shequ");
        disputes.accept(id, version(id));
        assertThat(jdbc.queryForMap("""
                select amount, unit from dispute_clock where dispute_id = ? and kind = 'MEDIATION'""", id))
                .containsEntry("unit", "CALENDAR_DAYS");
        assertThat(jdbc.queryForObject("""
                select amount from dispute_clock where dispute_id = ? and kind = 'MEDIATION'""", Integer.class, id))
                .isEqualTo(30);
        disputes.close(id, version(id), org.tiaojie.casework.dispute.ClosureType.WITHDRAWN, "原告撤回调解申请");
        assertThat(jdbc.queryForObject("""
                select message_args from notification n join app_user u on u.id = n.recipient_id
                where u.username = 'fayuan' and n.dispute_id = ? and n.message_key = 'entrustment.result'""", String.class,
                id)).contains("原告撤回调解申请");
    }

    /**
     * 委托调解 during litigation runs 15 days, 委派 before filing 30 (法释〔2016〕14号, 特邀调解规定); either is
     * extended only with both parties' agreement, which the request records.
     */
    @Test
    void aCourtEntrustedMediationDuringLitigationRunsFifteenDaysAndIsExtendedOnlyWithBothPartiesAgreement() {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        login("fayuan");
        long id = entrustments.entrust(new org.tiaojie.casework.referral.EntrustmentService.Entrustment(
                "（2026）青01民初" + (System.nanoTime() % 100000) + "号", true, compound, category,
                "诉讼中委托调解：车位租赁纠纷", "冯委托", "19900004444", "青溪物业"));
        assertThat(jdbc.queryForObject("select entrustment_stage from dispute where id = ?", String.class, id))
                .isEqualTo("IN_LITIGATION");
        login("shequ");
        disputes.accept(id, version(id));
        assertThat(jdbc.queryForMap("select amount, unit, max_extension from dispute_clock where dispute_id = ? and kind ="
                + " 'MEDIATION'", id)).containsEntry("unit", "CALENDAR_DAYS");
        assertThat(jdbc.queryForObject("select amount from dispute_clock where dispute_id = ? and kind = 'MEDIATION'",
                Integer.class, id)).isEqualTo(15);
        assertThatThrownBy(() -> extensions.request(id, version(id), org.tiaojie.casework.deadline.ClockKind.MEDIATION, 5,
                "双方希望再协商一周", false)).hasMessageStartingWith("法院委派、委托调解的期限须经双方当事人同意");
        assertThat(jdbc.queryForObject("select count(*) from extension_request where dispute_id = ?", Long.class, id))
                .as("a refused request stores nothing").isZero();
        extensions.request(id, version(id), org.tiaojie.casework.deadline.ClockKind.MEDIATION, 5, "双方希望再协商一周", true);
        assertThat(jdbc.queryForObject("select reason from dispute_history where dispute_id = ? and activity ="
                + " 'EXTENSION_REQUESTED'", String.class, id)).isEqualTo("双方希望再协商一周（双方当事人同意延长）");
    }

    @Autowired org.tiaojie.casework.petition.PetitionReviewService petitions;

    /** 信访工作条例 Art. 35 and 36 through the service: review asked and decided, re-check with a hearing, final. */
    @Test
    void aClosedPetitionIsReviewedAndRecheckedOnItsOwnClocks() {
        long room = jdbc.queryForObject("select organisation_id from app_user where username = 'shequ'", Long.class);
        long community = jdbc.queryForObject("select community_id from organisation where id = ?", Long.class, room);
        long compound = jdbc.queryForObject("select min(id) from compound where community_id = ?", Long.class, community);
        long category = jdbc.queryForObject("select id from dispute_category where code = 'PARKING'", Long.class);
        long id = registration.registerAs(NewCase.of(Channel.PETITION_LETTER).ref("XF-REVIEW-" + System.nanoTime())
                .category(category).in(compound).description("来信反映车位被占用")
                .caller("孙信访", "19900006666").build(), "huawu",
                Instant.now()).getId();
        login("shequ");
        disputes.accept(id, version(id));
        assertThat(petitions.stage(id)).isEqualTo(org.tiaojie.casework.dispute.PetitionReview.NONE);
        disputes.close(id, version(id), ClosureType.WITHDRAWN, "已书面答复信访人");
        LocalDate today = LocalDate.now(org.tiaojie.casework.shared.CaseworkConfiguration.ZONE);
        petitions.requestReview(id, version(id), today, "对处理意见不服");
        String running = "select count(*) from dispute_clock where dispute_id = ? and kind = ? and state = 'RUNNING'";
        assertThat(jdbc.queryForObject(running, Long.class, id, "PETITION_REVIEW")).isOne();
        assertThat(jdbc.queryForObject("select review_requested_on from dispute where id = ?", java.sql.Date.class, id)
                .toLocalDate()).isEqualTo(today);
        petitions.decideReview(id, version(id), "维持原处理意见");
        assertThat(jdbc.queryForObject(running, Long.class, id, "PETITION_REVIEW")).isZero();
        petitions.requestRecheck(id, version(id), today, "对复查意见不服");
        petitions.hearing(id, version(id), true);
        assertThat(petitions.stage(id)).isEqualTo(org.tiaojie.casework.dispute.PetitionReview.IN_HEARING);
        assertThat(jdbc.queryForObject("select count(*) from dispute_clock where dispute_id = ? and kind = 'PETITION_RECHECK'"
                + " and state = 'PAUSED'", Long.class, id)).isOne();
        petitions.hearing(id, version(id), false);
        petitions.decideRecheck(id, version(id), "维持复查意见");
        assertThat(petitions.stage(id)).isEqualTo(org.tiaojie.casework.dispute.PetitionReview.FINAL);
        assertThat(jdbc.queryForList("select activity from dispute_history where dispute_id = ? and activity like"
                + " 'PETITION_%' order by occurred_at, id", String.class, id)).containsExactly("PETITION_REVIEW_REQUESTED",
                "PETITION_REVIEW_DECIDED", "PETITION_RECHECK_REQUESTED", "PETITION_HEARING_STARTED",
                "PETITION_HEARING_ENDED", "PETITION_RECHECK_DECIDED");
    }

    @Autowired org.tiaojie.casework.platform.PlatformClientService platformClients;
    @Autowired org.tiaojie.casework.intake.WorkOrderService workOrders;

    /**
     * 12345 replies (issue 23): a stage reply is pushed to the callback the platform registered; a
     * platform that refuses it (HTTP 503) gets it again from the redelivery, once; the platform pulls
     * every reply with who (by name) and when; the final reply stops the reply clock.
     */
    @Test
    void repliesArePushedToThePlatformsCallbackAgainAfterAFailureAndPulledWithWhoAndWhen() throws Exception {
        java.util.List<String> bodies = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/replies", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
        login("admin");
        var platform = platformClients.list().stream().filter(p -> p.code().equals("qx12345")).findFirst().orElseThrow();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/replies";
        assertThatThrownBy(() -> platformClients.update(platform.id(), platform.version(), platform.name(),
                platform.organisationId(), "ftp://127.0.0.1/x")).hasMessageContaining("回调地址");
        platformClients.update(platform.id(), platform.version(), platform.name(), platform.organisationId(), url);
        try {
            long id = newCase(true);
            String order = jdbc.queryForObject("select external_ref from dispute where id = ?", String.class, id);
            login("shequ");
            disputes.accept(id, version(id));
            long reply = replies.reply(id, version(id), false, "已受理，正在联系双方当事人。");
            // the platform answered 503: the try is recorded and the publication stays open
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline && jdbc.queryForObject(
                    "select count(*) from platform_reply_push where reply_id = ?", Long.class, reply) == 0) {
                Thread.sleep(50);
            }
            assertThat(jdbc.queryForObject("select last_error from platform_reply_push where reply_id = ?", String.class,
                    reply)).isEqualTo("HTTP 503");
            assertThat(publications.redeliverOlderThan(java.time.Duration.ZERO).publications()).isPositive();
            settled();
            assertThat(jdbc.queryForObject("select attempts from platform_reply_push where reply_id = ? and pushed_at is "
                    + "not null", Integer.class, reply)).isEqualTo(2);
            assertThat(calls.get()).isEqualTo(2);
            assertThat(bodies.getLast()).contains("\"orderNumber\":\"" + order + "\"", "\"kind\":\"STAGE\"",
                    "已受理，正在联系双方当事人。").doesNotContain("\"shequ\"");
            // delivered: a further redelivery sends nothing again
            publications.redeliverOlderThan(java.time.Duration.ZERO);
            settled();
            assertThat(calls.get()).isEqualTo(2);

            replies.reply(id, version(id), true, "经调解，双方达成一致，车位已清理。");
            settled();
            assertThat(jdbc.queryForObject("select count(*) from dispute_clock where dispute_id = ? and kind = "
                    + "'PLATFORM_REPLY' and state = 'RUNNING'", Long.class, id)).isZero();
            login("huawu");
            var status = workOrders.status(order).orElseThrow();
            String mediatorName = jdbc.queryForObject("select display_name from app_user where username = 'shequ'",
                    String.class);
            assertThat(status.replies()).extracting(r -> r.finalReply() + ":" + r.repliedBy())
                    .containsExactly("false:" + mediatorName, "true:" + mediatorName);
            assertThat(status.reply()).isEqualTo("经调解，双方达成一致，车位已清理。");
            assertThat(status.replies().getFirst().pushedAt()).isNotNull();
        } finally {
            login("admin");
            var now = platformClients.list().stream().filter(p -> p.code().equals("qx12345")).findFirst().orElseThrow();
            platformClients.update(now.id(), now.version(), now.name(), now.organisationId(), null);
            server.stop(0);
        }
    }
}
