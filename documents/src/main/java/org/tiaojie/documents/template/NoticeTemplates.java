package org.tiaojie.documents.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.agreement.TermRow;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.documents.pdf.Block;
import org.tiaojie.documents.pdf.Doc;

/**
 * 受理登记表, 不予受理告知书, 权利义务告知书, 结案报告表, 移送函 and 司法确认申请书. The statutory
 * statements follow the People's Mediation Law (arts. 4, 23, 24, 31, 33) and the Supreme People's
 * Court's rules on judicial confirmation.
 */
final class NoticeTemplates {

    private NoticeTemplates() {
    }

    static Doc acceptance(CaseDossier d) {
        String issuer = Templates.issuer(d);
        Doc.Builder doc = Doc.builder("人民调解受理登记表", issuer);
        List<List<String>> rows = new ArrayList<>();
        rows.add(Forms.row("案件编号", d.caseNumber(), "受理日期", Words.date(d.acceptedAt())));
        rows.add(Forms.row("纠纷来源", Words.channel(d.channel()) + (d.externalRef() == null ? "" : "（" + d.externalRef() + "）"),
                "登记日期", Words.date(d.registeredAt())));
        rows.add(Forms.row("纠纷类型", d.categoryName(), "涉及金额", d.amount() == null ? null : Words.money(d.amount())));
        rows.add(Forms.row("物业项目", join(d.compoundName(), d.compoundAddress())));
        rows.add(Forms.row("物业服务企业", d.propertyCompanyName()));
        for (CaseDossier.Party p : Parties.ordered(d)) {
            rows.add(List.of(Words.role(p.role()), Parties.identity(p)));
            String agent = Parties.agent(p);
            if (agent != null) {
                rows.add(Forms.row("委托代理人", agent));
            }
        }
        rows.add(Forms.row("纠纷简要情况", d.description()));
        var accepted = d.lastMoveTo(DisputeState.ACCEPTED);
        // the committee seals its decision to accept in the form itself, so the seal never drifts onto a page of its own
        rows.add(Forms.row("受理意见", accepted.map(CaseDossier.Event::reason).filter(r -> r != null && !r.isBlank())
                .orElse("经审查，该纠纷属于人民调解范围，当事人同意调解，予以受理。") + "\n" + Templates.seal(d) + "　　"
                + Words.date(d.acceptedAt())));
        String registeredBy = d.history().isEmpty() ? null : d.history().getFirst().actor();
        String acceptedBy = accepted.map(CaseDossier.Event::actor).orElse(null);
        rows.add(Forms.row("登记人", Words.orDash(registeredBy) + "\n（签名）", "受理人",
                Words.orDash(acceptedBy) + "\n（签名）"));
        doc.table(Forms.form("受理登记表", rows));
        doc.paragraph("当事人确认", "以上登记内容属实，本人（单位）同意由人民调解委员会调解。");
        doc.signatures(Parties.signatories(d, "（签名、盖章或者按指印）"));
        return doc.build();
    }

    static Doc refusal(CaseDossier d) {
        String issuer = Templates.issuer(d);
        CaseDossier.Event rejected = d.lastMoveTo(DisputeState.REJECTED).orElseThrow();
        Doc.Builder doc = Doc.builder("不予受理告知书", issuer);
        doc.number("案件编号", "编号：" + d.caseNumber());
        doc.add(new Block.Aligned("收件人", addressees(d) + "：", Block.Align.LEFT, false));
        doc.paragraph("告知内容", "你（单位）于" + Words.date(d.registeredAt()) + "通过" + Words.channel(d.channel())
                + "提出的关于" + d.compoundName() + d.categoryName() + "纠纷的调解申请，本委员会已收悉。经审查，"
                + Words.stripStop(rejected.reason()) + "，本委员会决定不予受理。");
        doc.paragraph("其他途径", "你（单位）可以通过以下途径解决该纠纷：");
        doc.paragraph("途径一", "一、向物业项目所在地的街道（乡镇）人民调解委员会或者住房和城乡建设（物业管理）主管部门反映，申请处理；");
        doc.paragraph("途径二", "二、属于物业服务合同等民事争议的，可以依法申请仲裁或者向人民法院提起诉讼；");
        doc.paragraph("途径三", "三、需要法律帮助的，可以拨打12348公共法律服务热线咨询。");
        doc.paragraph("特此告知", "特此告知。");
        doc.seal(Templates.seal(d), Words.date(rejected.at()));
        return doc.build();
    }

    static Doc rights(CaseDossier d) {
        String issuer = Templates.issuer(d);
        Doc.Builder doc = Doc.builder("人民调解当事人权利义务告知书", issuer);
        doc.number("案件编号", "案件编号：" + d.caseNumber());
        doc.add(new Block.Aligned("收件人", addressees(d) + "：", Block.Align.LEFT, false));
        doc.paragraph("引言", "你（单位）与对方当事人之间的" + d.categoryName() + "纠纷，本委员会已依法受理。根据《中华人民共和国人民调解法》"
                + "的规定，现将当事人在人民调解活动中享有的权利和应当履行的义务告知如下：");
        doc.heading("一、当事人享有下列权利");
        doc.paragraph("权利1", "（一）选择或者接受人民调解员；");
        doc.paragraph("权利2", "（二）接受调解、拒绝调解或者要求终止调解；");
        doc.paragraph("权利3", "（三）要求调解公开进行或者不公开进行；");
        doc.paragraph("权利4", "（四）自主表达意愿、自愿达成调解协议。");
        doc.heading("二、当事人应当履行下列义务");
        doc.paragraph("义务1", "（一）如实陈述纠纷事实；");
        doc.paragraph("义务2", "（二）遵守调解现场秩序，尊重人民调解员；");
        doc.paragraph("义务3", "（三）尊重对方当事人行使权利。");
        doc.heading("三、其他事项");
        doc.paragraph("不收费", "（一）人民调解委员会调解民间纠纷，不收取任何费用。");
        doc.paragraph("效力", "（二）经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。");
        doc.paragraph("司法确认", "（三）达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。");
        doc.paragraph("确认", "以上内容本人（单位）已知悉。");
        doc.signatures(Parties.signatories(d, "（签名、盖章或者按指印）"));
        doc.seal(Templates.seal(d), Words.date(d.acceptedAt()));
        return doc.build();
    }

    static Doc closing(CaseDossier d) {
        String issuer = Templates.issuer(d);
        Doc.Builder doc = Doc.builder("人民调解案件结案报告表", issuer);
        long held = d.sessions().stream().filter(s -> s.heldAt() != null).count();
        SessionRow last = Templates.session(d, null);
        String course = "共召开调解会" + held + "次，开展调查" + d.investigations().size() + "次。"
                + (last != null && last.outcomeNote() != null ? "最后一次调解结果：" + Words.stripStop(last.outcomeNote()) + "。" : "");
        String visit = d.visits().isEmpty() ? null : d.visits().stream().map(v -> Words.date(v.visitedOn())
                + Words.visitMethod(v.method()) + "，" + Words.satisfaction(v.satisfaction())).collect(Collectors.joining("；"));
        doc.table(Forms.form("结案报告表", List.of(
                Forms.row("案件编号", d.caseNumber(), "纠纷类型", d.categoryName()),
                Forms.row("受理日期", Words.date(d.acceptedAt()), "结案日期", Words.date(d.closedAt())),
                Forms.row("办理层级", Words.tier(d.tier()), "是否督办", d.supervised() ? "是" : "否"),
                Forms.row("承办单位", issuer, "调解员", last == null ? null : last.mediators()),
                Forms.row("当事人", Forms.partyNames(d)),
                Forms.row("纠纷简要情况", d.description()),
                Forms.row("调解经过", course),
                Forms.row("结案方式", Words.closure(d.closureType())),
                Forms.row("协议履行情况", Forms.performance(d)),
                Forms.row("回访情况", visit),
                Forms.row("承办人意见", Forms.signed("承办人（签名）：")),
                Forms.row("负责人审核意见", Forms.signed("负责人（签名）：") + "\n" + Templates.seal(d) + "　　"
                        + Words.date(d.closedAt())))));
        return doc.build();
    }

    static Doc referral(CaseDossier d) {
        String issuer = Templates.issuer(d);
        CaseDossier.Event referred = d.lastMoveTo(DisputeState.REFERRED_TO_COURT).orElseThrow();
        String court = Templates.court(d);
        Doc.Builder doc = Doc.builder("移送函", issuer);
        doc.number("案件编号", "编号：" + d.caseNumber());
        doc.add(new Block.Aligned("收件法院", court + "：", Block.Align.LEFT, false));
        String parties = Parties.ordered(d).stream().map(CaseDossier.Party::name).collect(Collectors.joining("与"));
        long held = d.sessions().stream().filter(s -> s.heldAt() != null).count();
        doc.paragraph("移送内容", parties + "之间因" + d.compoundName() + d.categoryName() + "发生纠纷，于"
                + Words.date(d.registeredAt()) + "经" + Words.channel(d.channel()) + "反映至本委员会。"
                + (d.acceptedAt() == null ? "" : "本委员会于" + Words.date(d.acceptedAt()) + "受理。")
                + (held > 0 ? "经" + held + "次调解，当事人未能达成调解协议。" : "当事人未能达成调解协议。")
                + (referred.reason() == null ? "" : Words.stripStop(referred.reason()) + "。"));
        doc.paragraph("请求", "现将该纠纷及有关材料移送你院，请依法处理。");
        doc.paragraph("附件", "附件：" + Forms.fileContents(d) + "。");
        SessionRow last = Templates.session(d, null);
        String phone = d.organisation() == null ? null : d.organisation().phone();
        doc.paragraph("联系人", "联系人：" + Words.orDash(last == null ? referred.actor() : last.mediators())
                + "　　联系电话：" + Words.orDash(phone));
        doc.seal(Templates.seal(d), Words.date(referred.at()));
        return doc.build();
    }

    static Doc confirmation(CaseDossier d, AgreementView a) {
        String issuer = Templates.issuer(d);
        Doc.Builder doc = Doc.builder("司法确认申请书", issuer);
        Parties.list(doc, d, "申请人");
        doc.heading("请求事项");
        doc.paragraph("请求事项", "请求人民法院确认申请人于" + Words.date(a.concludedAt()) + "经" + issuer
                + "主持调解达成的人民调解协议（编号：" + a.number() + "）有效。");
        doc.heading("事实和理由");
        doc.paragraph("纠纷事实", a.facts());
        doc.paragraph("协议引言", "经" + issuer + "主持调解，申请人于" + Words.date(a.concludedAt()) + "自愿达成调解协议，内容如下：");
        for (TermRow t : a.terms()) {
            doc.paragraph("第" + t.seq() + "项条款", AgreementTemplate.term(t));
        }
        doc.paragraph("保证", "申请人共同申请司法确认，并保证：出于解决纠纷的目的自愿达成调解协议，没有恶意串通、规避法律的行为；"
                + "如因虚假调解损害国家利益、社会公共利益或者他人合法权益的，愿意承担相应的民事责任和其他法律责任。");
        doc.heading("附件");
        doc.paragraph("附件", "1.人民调解协议书；2.申请人身份证明；3.与纠纷有关的证明材料；4.送达地址确认书。");
        doc.heading("送达地址");
        List<List<String>> rows = new ArrayList<>();
        for (CaseDossier.Party p : Parties.ordered(d)) {
            // an address the file lacks is left blank for the applicant to write, never printed as a dash
            rows.add(List.of(p.name(), p.address() == null || p.address().isBlank() ? Forms.BLANK : p.address(),
                    p.phone() == null || p.phone().isBlank() ? Forms.BLANK : p.phone()));
        }
        doc.table(new Block.Table("送达地址", List.of(new Block.Column("申请人", 2), new Block.Column("送达地址", 3.2f),
                new Block.Column("联系电话", 1.6f)), rows, false));
        doc.add(new Block.Paragraph("此致", null, "此致", true));
        doc.add(new Block.Aligned("法院", Templates.court(d), Block.Align.LEFT, false));
        doc.signatures(Parties.ordered(d).stream()
                .map(p -> new Block.Signatory("申请人", p.name(), "（签名、盖章或者按指印）")).toList());
        return doc.build();
    }

    /**
     * 督办通知单 from the supervision's record: number, level, the responsible organisation and its
     * 包保 leader, why, what is asked and by when; for a dispute also the case's facts, for a
     * compound its place and property company.
     */
    static Doc supervision(CaseDossier d, DocumentTemplates.Supervision s) {
        Doc.Builder doc = Doc.builder("督办通知单", s.issuer());
        doc.number("督办编号", "督办编号：" + s.number());
        doc.add(new Block.Aligned("责任单位", s.responsible() + "：", Block.Align.LEFT, false));
        String subject = d == null ? s.compoundName() + "有关问题"
                : "你单位承办的" + d.compoundName() + d.categoryName() + "纠纷（案件编号" + d.caseNumber() + "）";
        doc.paragraph("督办说明", subject + "，因" + s.reason() + "，现列为" + s.level() + "。请按要求办理，并于"
                + Words.date(s.dueDate()) + "前将办理结果书面报送" + s.issuer() + "。");
        List<List<String>> rows = new ArrayList<>();
        rows.add(Forms.row("督办级别", s.level(), "督办来源", s.trigger()));
        if (d != null) {
            rows.add(Forms.row("纠纷类型", d.categoryName(), "办理层级", Words.tier(d.tier())));
            rows.add(Forms.row("登记日期", Words.date(d.registeredAt()), "受理日期", Words.date(d.acceptedAt())));
            rows.add(Forms.row("物业项目", d.compoundName()));
            rows.add(Forms.row("当事人", Forms.partyNames(d)));
            rows.add(Forms.row("纠纷简要情况", d.description()));
        } else {
            rows.add(Forms.row("物业项目", s.compoundName()));
        }
        rows.add(Forms.row("督办事由", s.reason()));
        rows.add(Forms.row("督办要求", s.instruction()));
        rows.add(Forms.row("办结时限", Words.date(s.dueDate()), "包保领导", s.leader()));
        rows.add(Forms.row("办理结果反馈", Forms.BLANK));
        doc.table(Forms.form("督办通知单", rows));
        doc.seal(s.issuer() + "（印章）", Words.date(s.issuedOn()));
        return doc.build();
    }

    /** The applicants (or, failing them, every party) a notice is addressed to. */
    private static String addressees(CaseDossier d) {
        List<String> applicants = d.parties().stream().filter(p -> p.role() == PartyRole.APPLICANT)
                .map(CaseDossier.Party::name).toList();
        if (applicants.isEmpty()) {
            applicants = d.parties().stream().map(CaseDossier.Party::name).toList();
        }
        if (applicants.isEmpty() && d.callerName() != null) {
            applicants = List.of(d.callerName());
        }
        return String.join("、", applicants);
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + "（" + b + "）";
    }
}
