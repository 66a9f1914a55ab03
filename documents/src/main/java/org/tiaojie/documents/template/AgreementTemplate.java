package org.tiaojie.documents.template;

import java.util.ArrayList;
import java.util.List;

import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.agreement.TermRow;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.documents.pdf.Block;
import org.tiaojie.documents.pdf.Doc;

/**
 * 人民调解协议书 (People's Mediation Law arts. 28, 29, 31, 33): the parties with full identity, the
 * facts, matters in dispute and responsibilities, the numbered terms with obligor, obligation,
 * sum, method, place and deadline, the copies, when it takes effect, judicial confirmation within
 * thirty days, signatures of every party, the mediator and the recorder, and the committee's seal.
 */
final class AgreementTemplate {

    static final String SIGN_HINT = "（签名、盖章或者按指印）";

    private AgreementTemplate() {
    }

    static Doc build(CaseDossier d, AgreementView a) {
        String issuer = Templates.issuer(d);
        Doc.Builder doc = Doc.builder("人民调解协议书", issuer);
        doc.number("协议编号", "编号：" + a.number());
        Parties.list(doc, d);
        doc.heading("纠纷主要事实、争议事项及各方当事人的责任");
        doc.paragraph("纠纷事实", a.facts());
        doc.paragraph("各方责任", a.responsibility());
        doc.heading("协议内容");
        SessionRow session = Templates.session(d, a.sessionId());
        String place = session != null && session.place() != null ? session.place() : Templates.room(d);
        doc.paragraph("协议引言", "经" + issuer + "主持调解" + (place == null ? "" : "（调解地点：" + place + "）")
                + "，各方当事人在平等协商、互谅互让的基础上，自愿达成如下协议：");
        for (TermRow term : a.terms()) {
            doc.paragraph("第" + term.seq() + "项条款", term(term));
        }
        doc.heading("履行与效力");
        int next = a.terms().size() + 1;
        doc.paragraph("份数条款", Words.ordinal(next++) + "本协议一式" + chineseCount(a.copies()) + "份，各方当事人各执一份，"
                + issuer + "留存一份" + (a.copies() > Parties.ordered(d).size() + 1 ? "，其余备用" : "") + "。");
        doc.paragraph("生效条款", Words.ordinal(next++) + "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会"
                + "印章之日起生效。经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。");
        doc.paragraph("司法确认条款", Words.ordinal(next) + "各方当事人认为有必要的，可以自本协议生效之日起三十日内，"
                + "共同向有管辖权的人民法院申请司法确认。");
        String mediator = session != null && session.mediators() != null ? session.mediators() : a.concludedBy();
        String recorder = session != null && session.recorder() != null ? session.recorder() : "";
        doc.signatures(Parties.signatories(d, SIGN_HINT,
                new Block.Signatory("人民调解员", mediator, "（签名）"),
                new Block.Signatory("记录人", recorder, "（签名）")));
        doc.seal(Templates.seal(d), Words.date(a.concludedAt()));
        return doc.build();
    }

    /** “由被申请人某物业公司于2026年12月1日前在…以…方式…，金额人民币…。” */
    static String term(TermRow t) {
        List<String> parts = new ArrayList<>();
        parts.add("由" + t.obligor() + "履行：" + Words.stripStop(t.obligation()));
        if (t.amount() != null) {
            parts.add("金额" + Words.money(t.amount()));
        }
        if (t.method() != null && !t.method().isBlank()) {
            parts.add("履行方式：" + Words.stripStop(t.method()));
        }
        if (t.place() != null && !t.place().isBlank()) {
            parts.add("履行地点：" + Words.stripStop(t.place()));
        }
        if (t.deadline() != null) {
            parts.add("履行期限：" + Words.date(t.deadline()) + "前");
        }
        return Words.ordinal(t.seq()) + String.join("；", parts) + "。";
    }

    static String chineseCount(int n) {
        String ordinal = Words.ordinal(n);
        String count = ordinal.substring(0, ordinal.length() - 1);
        return n == 2 ? "两" : count;
    }
}
