package org.tiaojie.documents.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.documents.pdf.Block;
import org.tiaojie.documents.pdf.Doc;

/** How documents introduce the parties: identity, address and contact, then the agent. */
final class Parties {

    private Parties() {
    }

    /** Parties in the order documents list them: applicants, respondents, third parties. */
    static List<CaseDossier.Party> ordered(CaseDossier dossier) {
        return dossier.parties().stream().sorted(Comparator.comparing(CaseDossier.Party::role)).toList();
    }

    /** “冯某，男，汉族，1985年3月2日出生，公民身份号码…，住…，联系电话…。” (人民调解法 Art. 29) */
    static String identity(CaseDossier.Party p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.name());
        if (p.organisation()) {
            add(parts, "统一社会信用代码", p.creditCode());
            add(parts, "住所地", p.address());
            add(parts, "法定代表人", p.legalRepresentative());
            if (p.legalRepresentative() != null) {
                add(parts, "职务", p.representativeTitle());
            }
        } else {
            if (p.gender() != null) {
                parts.add(Words.gender(p.gender()));
            }
            if (p.ethnicity() != null && !p.ethnicity().isBlank()) {
                parts.add(p.ethnicity());
            }
            if (p.birthDate() != null) {
                parts.add(Words.date(p.birthDate()) + "出生");
            }
            add(parts, "公民身份号码", p.idNumber());
            add(parts, "住", p.address());
        }
        add(parts, "联系电话", p.phone());
        return String.join("，", parts) + "。";
    }

    static String agent(CaseDossier.Party p) {
        if (p.agentName() == null || p.agentName().isBlank()) {
            return null;
        }
        String authority = p.agentAuthority() == PartyDetails.AgentAuthority.SPECIAL ? "特别授权" : "一般授权";
        return p.agentName() + (p.agentPhone() == null ? "" : "，联系电话" + p.agentPhone()) + "（" + authority + "）。";
    }

    /** Every party as “申请人：identity” with its agent beneath. */
    static void list(Doc.Builder doc, CaseDossier dossier) {
        list(doc, dossier, null);
    }

    /** The same, every party under one label (a joint application names them all 申请人). */
    static void list(Doc.Builder doc, CaseDossier dossier, String label) {
        for (CaseDossier.Party p : ordered(dossier)) {
            doc.labelled("当事人" + p.name(), label == null ? Words.role(p.role()) : label, identity(p));
            String agent = agent(p);
            if (agent != null) {
                doc.labelled("委托代理人", "委托代理人", agent);
            }
        }
    }

    /** One signature block per party, then the given officials. */
    static List<Block.Signatory> signatories(CaseDossier dossier, String hint, Block.Signatory... officials) {
        List<Block.Signatory> all = new ArrayList<>();
        for (CaseDossier.Party p : ordered(dossier)) {
            all.add(new Block.Signatory(Words.role(p.role()), p.name(), hint));
        }
        all.addAll(List.of(officials));
        return all;
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + value);
        }
    }
}
