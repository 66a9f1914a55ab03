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

    /** A form row; values may be missing (they print as a dash). */
    static List<String> row(String... cells) {
        return java.util.Arrays.asList(cells);
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
