package org.tiaojie.documents.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.agreement.TermRow;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.documents.pdf.Block;

/** Form-style tables (label, value, label, value) and the summaries several documents share. */
final class Forms {

    private static final List<Block.Column> FORM = List.of(new Block.Column("", 1.4f), new Block.Column("", 2.1f),
            new Block.Column("", 1.4f), new Block.Column("", 2.1f));

    private Forms() {
    }

    /** A ruled form; a row of two cells spans the whole width. */
    static Block.Table form(String field, List<List<String>> rows) {
        List<List<String>> cleaned = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                r.add(i % 2 == 1 && (v == null || v.isBlank()) && !BLANK.equals(v) ? "—" : v);
            }
            cleaned.add(r);
        }
        return new Block.Table(field, FORM, cleaned, true);
    }

    /** Room to write by hand in a form cell: three empty lines (no-break spaces survive trimming). */
    static final String BLANK = "\u00A0\n\u00A0\n\u00A0";

    /** Room to write an opinion by hand, then who signs it and the date. */
    static String signed(String who) {
        return "\u00A0\n\u00A0\n" + who + "　　　　　　　　　　年　　月　　日";
    }

    /**
     * What the file holds, as a referral letter lists it: “卷宗材料一套，含受理登记表1份、调解笔录2份、证据材料3件”.
     * Only what exists is named.
     */
    static String fileContents(CaseDossier d) {
        List<String> parts = new ArrayList<>();
        if (d.acceptedAt() != null) {
            parts.add("受理登记表1份");
        }
        if (!d.investigations().isEmpty()) {
            parts.add("调查记录" + d.investigations().size() + "份");
        }
        long held = d.sessions().stream().filter(s -> s.heldAt() != null).count();
        if (held > 0) {
            parts.add("调解笔录" + held + "份");
        }
        for (var group : List.of(
                java.util.Map.entry("身份证明", java.util.EnumSet.of(org.tiaojie.casework.attachment.AttachmentKind.IDENTITY)),
                java.util.Map.entry("授权委托书", java.util.EnumSet.of(org.tiaojie.casework.attachment.AttachmentKind.POWER_OF_ATTORNEY)),
                java.util.Map.entry("证据材料", java.util.EnumSet.of(org.tiaojie.casework.attachment.AttachmentKind.EVIDENCE,
                        org.tiaojie.casework.attachment.AttachmentKind.PETITION_LETTER,
                        org.tiaojie.casework.attachment.AttachmentKind.OTHER)))) {
            long n = d.attachments().stream().filter(a -> group.getValue().contains(a.kind())).count();
            if (n > 0) {
                parts.add(group.getKey() + n + "件");
            }
        }
        return parts.isEmpty() ? "无" : "卷宗材料一套，含" + String.join("、", parts);
    }

    /** A form row; values may be missing (they print as a dash). */
    static List<String> row(String... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** 事由: “赵建国与青溪示范物业服务有限公司湖畔花园停车管理纠纷”. */
    static String matter(CaseDossier d) {
        String parties = Parties.ordered(d).stream().map(CaseDossier.Party::name).collect(Collectors.joining("与"));
        return parties + (parties.isEmpty() ? "" : "之间") + d.compoundName() + d.categoryName() + "纠纷";
    }

    static String partyNames(CaseDossier d) {
        return Parties.ordered(d).stream().map(p -> Words.role(p.role()) + " " + p.name())
                .collect(Collectors.joining("；"));
    }

    /** “第1项：已履行；第2项：部分履行（余款下月付清）” for the newest agreement, or null. */
    static String performance(CaseDossier d) {
        if (d.agreement().isEmpty()) {
            return null;
        }
        AgreementView a = d.agreement().get();
        List<String> parts = new ArrayList<>();
        for (TermRow t : a.terms()) {
            String note = t.performanceNote() == null || t.performanceNote().isBlank() ? "" : "（" + t.performanceNote() + "）";
            parts.add("第" + t.seq() + "项：" + Words.performance(t.performance()) + note);
        }
        return String.join("；", parts);
    }
}
