package org.tiaojie.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.agreement.AgreementTerm;
import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.agreement.TermRow;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.ClockStatus;
import org.tiaojie.casework.deadline.DurationUnit;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.ClockView;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.mediation.InvestigationRow;
import org.tiaojie.casework.mediation.MediationSession;
import org.tiaojie.casework.mediation.ReturnVisit;
import org.tiaojie.casework.mediation.ReturnVisitRow;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.casework.organisation.Tier;

/** Fictional case files for document tests: names, numbers and places are invented. */
public final class Dossiers {

    static final Instant REGISTERED = Instant.parse("2026-11-02T01:30:00Z");
    static final Instant ACCEPTED = Instant.parse("2026-11-02T06:00:00Z");
    static final Instant HELD = Instant.parse("2026-11-09T02:00:00Z");
    static final Instant AGREED = Instant.parse("2026-11-09T04:00:00Z");

    private Dossiers() {
    }

    public static CaseDossier.Party owner(long id, String name) {
        return new CaseDossier.Party(id, PartyRole.APPLICANT, false, name, PartyDetails.Gender.MALE,
                LocalDate.of(1979, 4, 18), "110105197904180031", "19900001111", "青溪区湖畔花园5幢2单元301室", null, null,
                null, null, null);
    }

    public static CaseDossier.Party company() {
        return new CaseDossier.Party(2, PartyRole.RESPONDENT, true, "青溪示范物业服务有限公司", null, null, null,
                "19900002222", "青溪区示范路88号", "91110105MA00TEST1X", "陈示范", "周代理", "19900003333",
                PartyDetails.AgentAuthority.SPECIAL);
    }

    public static List<TermRow> terms(int count) {
        List<TermRow> terms = new ArrayList<>();
        terms.add(new TermRow(11, 1, 2L, "青溪示范物业服务有限公司", "清理占用申请人车位的车辆，并在车位加装地锁", null,
                "自行组织施工", "湖畔花园地下车库B2-118号车位", LocalDate.of(2026, 11, 20), AgreementTerm.Performance.PENDING,
                null, null, null, null, 0));
        terms.add(new TermRow(12, 2, 2L, "青溪示范物业服务有限公司", "补偿申请人2026年9月至10月停车费损失",
                new BigDecimal("600"), "银行转账", "申请人指定账户", LocalDate.of(2026, 11, 30),
                AgreementTerm.Performance.PENDING, null, null, null, null, 0));
        terms.add(new TermRow(13, 3, 1L, "赵建国", "按期缴纳2026年度物业服务费", new BigDecimal("1200.50"), "现金或转账",
                "物业服务中心", LocalDate.of(2026, 12, 31), AgreementTerm.Performance.PENDING, null, null, null, null, 0));
        for (int i = 4; i <= count; i++) {
            terms.add(new TermRow(10 + i, i, 2L, "青溪示范物业服务有限公司", "第" + i + "项整改：更换地下车库照明灯具并恢复夜间照明",
                    new BigDecimal(100 * i), "自行组织施工", "湖畔花园地下车库", LocalDate.of(2026, 12, 15),
                    AgreementTerm.Performance.PENDING, null, null, null, null, 0));
        }
        return terms.subList(0, Math.min(count, terms.size()));
    }

    public static CaseDossier agreed() {
        return agreed(List.of(owner(1, "赵建国"), company()), terms(3));
    }

    public static CaseDossier agreed(List<CaseDossier.Party> parties, List<TermRow> terms) {
        SessionRow held = new SessionRow(31, 9, 1, HELD, "湖畔社区人民调解室", "钱调解、孙调解", "赵建国、周代理",
                MediationSession.SessionStatus.HELD, HELD, HELD.plusSeconds(5400), "李记录", "申请人赵建国、被申请人委托代理人周代理到场",
                "申请人称其车位自2026年9月起被他人车辆长期占用，多次向物业反映未果。\n被申请人称已张贴通知，但车主未予配合。",
                "问：被申请人是否认可车位管理存在疏漏？答：认可，愿意整改并补偿。", "双方就清理车位、补偿和缴费达成一致", false, null);
        AgreementView agreement = new AgreementView(41, 9, "（2026）青溪区湖畔人调字第00012号", Agreement.Form.WRITTEN,
                "申请人赵建国系湖畔花园5幢业主，在地下车库购有B2-118号产权车位。自2026年9月起，该车位被外来车辆长期占用，"
                        + "申请人多次向被申请人反映，被申请人未采取有效措施，申请人遂以拒缴物业费表达不满。",
                "被申请人作为小区物业服务人，未尽车库秩序管理义务，对申请人的损失负有主要责任；申请人以拒缴物业费方式维权欠妥，"
                        + "应依约缴纳物业服务费。",
                3, 31L, Tier.COMMUNITY, AGREED, "钱调解", terms);
        InvestigationRow investigation = new InvestigationRow(51, Instant.parse("2026-11-05T02:00:00Z"),
                "湖畔花园地下车库", "钱调解、孙调解", "车位占用情况现场核实",
                "经现场查看，B2-118号车位停放一辆外地牌照轿车，车身积灰，物业登记显示该车无月卡。", "钱调解");
        ReturnVisitRow visit = new ReturnVisitRow(61, LocalDate.of(2026, 12, 5), ReturnVisit.VisitMethod.PHONE,
                ReturnVisit.Satisfaction.SATISFIED, "车位已清理并加装地锁，补偿款已收到，业主表示满意。", "孙网格", "钱调解");
        AttachmentRow photo = new AttachmentRow(71, 9, AttachmentKind.values()[0], "车位占用现场照片", "car.png",
                "image/png", 1024, "00".repeat(32), "钱调解", HELD);
        List<CaseDossier.Event> history = List.of(
                new CaseDossier.Event(REGISTERED, "华接线", null, DisputeState.REGISTERED, Tier.COMMUNITY, null, null),
                new CaseDossier.Event(ACCEPTED, "钱调解", DisputeState.REGISTERED, DisputeState.ACCEPTED, Tier.COMMUNITY,
                        "属于物业服务纠纷，当事人同意调解", null),
                new CaseDossier.Event(HELD, "钱调解", DisputeState.ACCEPTED, DisputeState.IN_MEDIATION, Tier.COMMUNITY,
                        null, DisputeActivity.values()[0]),
                new CaseDossier.Event(AGREED, "钱调解", DisputeState.IN_MEDIATION, DisputeState.AGREED, Tier.COMMUNITY,
                        null, null));
        return new CaseDossier(9, 7, "（2026）青溪区湖畔人调字第00012号", DisputeState.AGREED, Tier.COMMUNITY,
                Channel.HOTLINE_12345, "GD20261102-0042",
                new CaseDossier.Organisation("湖畔社区物业纠纷调解室", "青溪区湖畔路1号", "19900009000", "青溪区", "翠湖街道",
                        "湖畔社区", "翠湖街道湖畔社区人民调解委员会", "翠湖街道湖畔社区人民调解委员会"),
                null, "停车管理", "湖畔花园", "青溪区湖畔路18号", "青溪示范物业服务有限公司",
                "业主反映其产权车位长期被外来车辆占用，物业不作为，要求清理并赔偿损失。", new BigDecimal("600"), false, false,
                "赵建国", "19900001111", REGISTERED, ACCEPTED, null, null, null, parties, history, List.of(held),
                List.of(investigation), List.of(agreement), List.of(visit), List.of(photo), List.of(
                        new ClockView(ClockKind.MEDIATION, Tier.COMMUNITY, ACCEPTED, Instant.parse("2026-11-16T16:00:00Z"),
                                ClockState.STOPPED, ClockStatus.NORMAL, 0, DurationUnit.WORKING_DAYS)));
    }

    /** A closed case with a court referral, for the closing report and the referral letter. */
    public static CaseDossier closed(ClosureType type) {
        CaseDossier d = agreed();
        return new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), DisputeState.CLOSED, d.tier(), d.channel(),
                d.externalRef(), d.organisation(), "青溪区人民法院", d.categoryName(), d.compoundName(),
                d.compoundAddress(), d.propertyCompanyName(), d.description(), d.amount(), true, d.groupDispute(),
                d.callerName(), d.callerPhone(), d.registeredAt(), d.acceptedAt(), Instant.parse("2026-12-06T03:00:00Z"),
                type, null, d.parties(), d.history(), d.sessions(), d.investigations(), d.agreements(), d.visits(),
                d.attachments(), d.clocks());
    }

    /** The case after one more move of its lifecycle (rejected, referred to court …). */
    public static CaseDossier moved(CaseDossier d, DisputeState to, String reason) {
        List<CaseDossier.Event> history = new ArrayList<>(d.history());
        history.add(new CaseDossier.Event(Instant.parse("2026-11-20T02:00:00Z"), "钱调解", d.state(), to, d.tier(), reason,
                null));
        return new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), to, d.tier(), d.channel(), d.externalRef(),
                d.organisation(), "青溪区人民法院", d.categoryName(), d.compoundName(), d.compoundAddress(),
                d.propertyCompanyName(), d.description(), d.amount(), d.supervised(), d.groupDispute(), d.callerName(),
                d.callerPhone(), d.registeredAt(), d.acceptedAt(), d.closedAt(), d.closureType(), d.transferredTo(),
                d.parties(), history, d.sessions(), d.investigations(), d.agreements(), d.visits(), d.attachments(),
                d.clocks());
    }

    /** The same case with another description and sessions. */
    public static CaseDossier with(CaseDossier d, String description, List<SessionRow> sessions) {
        return new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), d.state(), d.tier(), d.channel(),
                d.externalRef(), d.organisation(), d.courtName(), d.categoryName(), d.compoundName(), d.compoundAddress(),
                d.propertyCompanyName(), description, d.amount(), d.supervised(), d.groupDispute(), d.callerName(),
                d.callerPhone(), d.registeredAt(), d.acceptedAt(), d.closedAt(), d.closureType(), d.transferredTo(),
                d.parties(), d.history(), sessions, d.investigations(), d.agreements(), d.visits(), d.attachments(),
                d.clocks());
    }

    /** A case whose applicant withdrew during mediation (人民调解法 Art. 23), closed on 2026-11-20. */
    public static CaseDossier withdrawn() {
        CaseDossier d = moved(agreed(), DisputeState.CLOSED, "申请人表示已与物业私下协商，要求终止调解");
        return new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), DisputeState.CLOSED, d.tier(), d.channel(),
                d.externalRef(), d.organisation(), null, d.categoryName(), d.compoundName(), d.compoundAddress(),
                d.propertyCompanyName(), d.description(), d.amount(), d.supervised(), d.groupDispute(), d.callerName(),
                d.callerPhone(), d.registeredAt(), d.acceptedAt(), Instant.parse("2026-11-20T02:00:00Z"),
                ClosureType.WITHDRAWN, null, d.parties(), d.history(), d.sessions(), d.investigations(), List.of(),
                d.visits(), d.attachments(), d.clocks());
    }

    /** A closed case holding only what casework requires: most optional fields are missing. */
    public static CaseDossier sparse() {
        CaseDossier d = closed(ClosureType.AGREEMENT);
        List<CaseDossier.Party> parties = List.of(
                new CaseDossier.Party(1, PartyRole.APPLICANT, false, "孙一", null, null, null, null, null, null, null, null,
                        null, null),
                new CaseDossier.Party(2, PartyRole.RESPONDENT, true, "某物业公司", null, null, null, null, null, null, null,
                        null, null, null));
        SessionRow held = new SessionRow(31, 9, 1, HELD, "调解室", "钱调解", "孙一", MediationSession.SessionStatus.HELD,
                HELD, null, "钱调解", null, "双方陈述", null, null, false, null);
        AgreementView agreement = new AgreementView(41, 9, d.caseNumber(), Agreement.Form.WRITTEN, "事实", null, 3, null,
                Tier.COMMUNITY, AGREED, "钱调解", List.of(new TermRow(11, 1, 2L, "某物业公司", "修复路灯", null, null, null,
                        LocalDate.of(2026, 12, 1), AgreementTerm.Performance.PENDING, null, null, null, null, 0)));
        ReturnVisitRow visit = new ReturnVisitRow(61, LocalDate.of(2026, 12, 5), ReturnVisit.VisitMethod.PHONE,
                ReturnVisit.Satisfaction.SATISFIED, null, "钱调解", "钱调解");
        return new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), d.state(), d.tier(), d.channel(), null,
                new CaseDossier.Organisation("某调解室", null, null, null, null, null, "某人民调解委员会", null), null, d.categoryName(),
                d.compoundName(), null, null, "路灯损坏", null, false, false, null, null, d.registeredAt(), d.acceptedAt(),
                d.closedAt(), d.closureType(), null, parties, d.history(), List.of(held), List.of(), List.of(agreement),
                List.of(visit), List.of(), List.of());
    }

    /** A case whose mediation clock ran out three working days ago and is under supervision. */
    public static CaseDossier overdue() {
        CaseDossier d = agreed();
        return new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), DisputeState.IN_MEDIATION, d.tier(),
                d.channel(), d.externalRef(), d.organisation(), null, d.categoryName(), d.compoundName(),
                d.compoundAddress(), d.propertyCompanyName(), d.description(), d.amount(), true, d.groupDispute(),
                d.callerName(), d.callerPhone(), d.registeredAt(), d.acceptedAt(), null, null, null, d.parties(),
                d.history().subList(0, 3), d.sessions(), d.investigations(), List.of(), List.of(), List.of(), List.of(
                        new ClockView(ClockKind.MEDIATION, Tier.COMMUNITY, ACCEPTED, Instant.parse("2026-11-16T16:00:00Z"),
                                ClockState.RUNNING, ClockStatus.OVERDUE, 0, DurationUnit.WORKING_DAYS)));
    }
}
