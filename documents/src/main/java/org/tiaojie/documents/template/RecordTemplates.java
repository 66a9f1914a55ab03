package org.tiaojie.documents.template;

import java.util.ArrayList;
import java.util.List;

import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.mediation.InvestigationRow;
import org.tiaojie.casework.mediation.ReturnVisitRow;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.documents.pdf.Block;
import org.tiaojie.documents.pdf.Doc;

/** 调解笔录, 调查记录 and 回访记录: one document per session, investigation and visit. */
final class RecordTemplates {

    private RecordTemplates() {
    }

    static Doc session(CaseDossier d, SessionRow s) {
        Doc.Builder doc = Doc.builder("调解笔录", Templates.issuer(d));
        doc.number("案件编号", "案件编号：" + d.caseNumber() + "　第" + s.seq() + "次调解");
        String when = Words.dateTime(s.heldAt()) + (s.endedAt() == null ? "" : "至" + Words.time(s.endedAt()));
        doc.table(Forms.form("调解笔录", List.of(
                Forms.row("事由", Forms.matter(d)),
                Forms.row("调解时间", when, "调解地点", s.place()),
                Forms.row("调解员", s.mediators(), "记录人", s.recorder()),
                Forms.row("参加人员", s.participants()),
                Forms.row("到场情况", s.attendance()))));
        doc.heading("当事人陈述");
        doc.paragraph("当事人陈述", Words.orDash(s.statements()));
        if (s.questionsAnswers() != null && !s.questionsAnswers().isBlank()) {
            doc.heading("调解过程");
            doc.paragraph("调解过程", s.questionsAnswers());
        }
        doc.heading("调解结果");
        doc.paragraph("调解结果", Words.orDash(s.outcomeNote()));
        if (s.oralAgreement()) {
            doc.paragraph("口头协议", "当事人当场达成口头调解协议，协议内容如上，由本笔录记载。");
        }
        doc.paragraph("核对", "以上笔录已向当事人宣读（或交当事人阅读），当事人确认记录无误。");
        List<Block.Signatory> signing = new ArrayList<>(Parties.signatories(d, "（签名或者按指印）"));
        for (String other : others(d, s)) {
            signing.add(new Block.Signatory("参加人", other, "（签名或者按指印）"));
        }
        signing.add(new Block.Signatory("调解员", s.mediators(), "（签名）"));
        signing.add(new Block.Signatory("记录人", s.recorder(), "（签名）"));
        doc.signatures(signing);
        return doc.build();
    }

    /**
     * Those the minutes list as present who are neither a party nor the mediators or recorder (an agent, a
     * witness, a committee member): each signs the minutes as well.
     */
    static List<String> others(CaseDossier d, SessionRow s) {
        java.util.Set<String> known = new java.util.HashSet<>();
        d.parties().forEach(p -> known.add(p.name()));
        for (String officials : new String[] {s.mediators(), s.recorder()}) {
            known.addAll(names(officials));
        }
        List<String> others = new ArrayList<>();
        for (String name : names(s.participants())) {
            if (known.add(name)) {
                others.add(name);
            }
        }
        return others;
    }

    /** The names in a list typed as “张三、李四（代理人）, 王五”; a note in brackets stays with its name. */
    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        if (list == null) {
            return names;
        }
        for (String part : list.split("[、，,；;\\s]+")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    static Doc investigation(CaseDossier d, InvestigationRow r) {
        Doc.Builder doc = Doc.builder("调查记录", Templates.issuer(d));
        doc.number("案件编号", "案件编号：" + d.caseNumber());
        doc.table(Forms.form("调查记录", List.of(
                Forms.row("调查时间", Words.dateTime(r.investigatedAt()), "调查地点", r.place()),
                Forms.row("调查人", r.investigators(), "记录人", r.recordedBy()),
                Forms.row("调查对象及事项", r.subject()))));
        doc.heading("调查内容");
        doc.paragraph("调查内容", r.content());
        doc.paragraph("核对", "以上记录经被调查人核对，确认与所述一致。");
        doc.signatures(List.of(new Block.Signatory("被调查人", "", "（签名或者按指印）"),
                new Block.Signatory("调查人", r.investigators(), "（签名）"),
                new Block.Signatory("记录人", r.recordedBy(), "（签名）")));
        return doc.build();
    }

    static Doc visit(CaseDossier d, ReturnVisitRow v) {
        String issuer = Templates.issuer(d);
        Doc.Builder doc = Doc.builder("回访记录", issuer);
        doc.number("案件编号", "案件编号：" + d.caseNumber());
        doc.table(Forms.form("回访记录", List.of(
                Forms.row("纠纷类型", d.categoryName(), "物业项目", d.compoundName()),
                Forms.row("回访日期", Words.date(v.visitedOn()), "回访方式", Words.visitMethod(v.method())),
                Forms.row("回访人", v.visitor(), "满意程度", Words.satisfaction(v.satisfaction())),
                Forms.row("记录人", v.recordedBy()),
                Forms.row("当事人", Forms.partyNames(d)),
                Forms.row("协议履行情况", Forms.performance(d)))));
        doc.heading("回访情况");
        doc.paragraph("回访情况", Words.orDash(v.comments()));
        doc.signatures(v.visitor().equals(v.recordedBy())
                ? List.of(new Block.Signatory("回访人", v.visitor(), "（签名）"))
                : List.of(new Block.Signatory("回访人", v.visitor(), "（签名）"),
                        new Block.Signatory("记录人", v.recordedBy(), "（签名）")));
        doc.seal(Templates.seal(d), Words.date(v.visitedOn()));
        return doc.build();
    }
}
