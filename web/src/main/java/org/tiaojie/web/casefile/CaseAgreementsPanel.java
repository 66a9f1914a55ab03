package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.tiaojie.casework.agreement.AgreementTerm;
import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.agreement.TermRow;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.web.base.Labels;

/** 调解协议: each agreement with its numbered terms and the performance of each; the mediator records performance. */
class CaseAgreementsPanel extends VerticalLayout {

    CaseAgreementsPanel(List<AgreementView> agreements, List<AttachmentRow> files, boolean canRecord,
            CaseDialogs dialogs) {
        setPadding(false);
        setSpacing(false);
        setId("tj-agreements");
        for (AgreementView a : agreements) {
            Paragraph head = new Paragraph(getTranslation("agreementForm.summary", a.number(), Labels.of(this, a.kind()),
                    Labels.dateTime(a.concludedAt()), a.concludedBy(),
                    a.kind() == org.tiaojie.casework.agreement.Agreement.Form.WRITTEN ? a.copies() : 0));
            head.getStyle().set("margin", "var(--lumo-space-xs) 0");
            if (a.kind() == org.tiaojie.casework.agreement.Agreement.Form.WRITTEN) {
                head.add(effective(a, canRecord, dialogs));
            }
            Paragraph facts = new Paragraph(Labels.withNote(this, a.facts(), a.responsibility()));
            facts.addClassName("tj-muted");
            facts.getStyle().set("margin", "0");
            Grid<TermRow> grid = new Grid<>(TermRow.class, false);
            grid.addClassName("tj-terms-grid");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(TermRow::seq).setHeader(getTranslation("termForm.seq")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(TermRow::obligor).setHeader(getTranslation("termForm.obligor")).setAutoWidth(true);
            grid.addColumn(TermRow::obligation).setHeader(getTranslation("termForm.obligation")).setFlexGrow(2);
            grid.addColumn(t -> t.amount() == null ? "—" : getTranslation("case.yuan", t.amount().toPlainString()))
                    .setHeader(getTranslation("termForm.amount")).setAutoWidth(true);
            grid.addColumn(t -> Labels.withNote(this, nz(t.method()), t.place()))
                    .setHeader(getTranslation("termForm.methodPlace"));
            grid.addColumn(t -> Labels.date(t.deadline())).setHeader(getTranslation("termForm.deadline")).setAutoWidth(true);
            grid.addComponentColumn(t -> {
                Span s = new Span(Labels.withNote(this, Labels.of(this, t.performance()), t.performanceNote()));
                s.addClassName(switch (t.performance()) {
                    case PERFORMED -> "tj-due-normal";
                    case PARTIAL -> "tj-due-warning";
                    case NOT_PERFORMED -> "tj-due-overdue";
                    case PENDING -> "tj-muted";
                });
                return s;
            }).setHeader(getTranslation("termForm.performance")).setFlexGrow(1);
            if (canRecord) {
                grid.addComponentColumn(t -> {
                    Button b = new Button(getTranslation("termForm.record"), e -> dialogs.performance(t, files));
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    b.setId("tj-term-record-" + t.seq());
                    return b;
                }).setAutoWidth(true).setFlexGrow(0);
            }
            grid.setItems(a.terms());
            add(head, facts, grid);
        }
    }

    /** 生效日期 of a written agreement, or the button that records it (the confirmation window runs from it). */
    private com.vaadin.flow.component.Component effective(AgreementView a, boolean canRecord, CaseDialogs dialogs) {
        if (a.effectiveOn() != null) {
            Span on = new Span(getTranslation("agreementForm.effectiveOn", Labels.date(a.effectiveOn())));
            on.getElement().getThemeList().add("badge success");
            on.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            return on;
        }
        if (!canRecord) {
            Span pending = new Span(getTranslation("agreementForm.notEffective"));
            pending.getElement().getThemeList().add("badge contrast");
            pending.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            return pending;
        }
        Button record = new Button(getTranslation("agreementForm.recordEffective"), e -> dialogs.agreementEffective(a));
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        record.setId("tj-agreement-effective-" + a.id());
        record.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        return record;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
