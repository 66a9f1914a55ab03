package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.agreement.AgreementDraft;
import org.tiaojie.casework.agreement.TermDraft;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.mediation.MediationSession;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * 达成协议: the facts, each party's responsibility, the numbered terms (obligor, obligation,
 * amount, method, place, deadline) and the copies; or an oral agreement recorded in a session's
 * minutes. Terms are added and removed in place; the whole draft is checked on save.
 */
class AgreementDialog extends FormDialog {

    private final DisputeDetail d;
    private final VerticalLayout termList = new VerticalLayout();
    private final List<TermEditor> terms = new ArrayList<>();

    AgreementDialog(CaseFileServices services, DisputeDetail detail, List<SessionRow> sessions, Runnable refresh) {
        this(services, detail, sessions, refresh, new Fields());
    }

    private record Fields(RadioButtonGroup<Agreement.Form> form, TextArea facts, TextArea responsibility,
            IntegerField copies, ComboBox<SessionRow> session) {
        Fields() {
            this(new RadioButtonGroup<>(), new TextArea(), new TextArea(), new IntegerField(), new ComboBox<>());
        }
    }

    private AgreementDialog(CaseFileServices services, DisputeDetail detail, List<SessionRow> sessions,
            Runnable refresh, Fields f) {
        super("", null, () -> { }, refresh);
        this.d = detail;
        setHeaderTitle(getTranslation("case.action.agree"));
        setWidth("64em");
        f.form().setLabel(getTranslation("agreementForm.form"));
        f.form().setItems(Agreement.Form.values());
        f.form().setItemLabelGenerator(v -> Labels.of(this, v));
        f.form().setValue(Agreement.Form.WRITTEN);
        f.form().setId("tj-agreement-form");
        f.facts().setLabel(getTranslation("agreementForm.facts"));
        f.facts().setHelperText(getTranslation("agreementForm.facts.help"));
        f.facts().setPlaceholder(getTranslation("agreementForm.facts.placeholder"));
        f.facts().setMaxLength(4000);
        f.facts().setId("tj-agreement-facts");
        f.responsibility().setLabel(getTranslation("agreementForm.responsibility"));
        f.responsibility().setMaxLength(2000);
        f.responsibility().setId("tj-agreement-responsibility");
        f.copies().setLabel(getTranslation("agreementForm.copies"));
        f.copies().setValue(detail.parties().size() + 1);
        f.copies().setMin(1);
        f.copies().setId("tj-agreement-copies");
        f.copies().setHelperText(getTranslation("agreementForm.copies.help"));
        List<SessionRow> oral = sessions.stream()
                .filter(s -> s.status() == MediationSession.SessionStatus.HELD && s.oralAgreement()).toList();
        f.session().setLabel(getTranslation("agreementForm.session"));
        f.session().setItems(oral);
        f.session().setItemLabelGenerator(s -> getTranslation("sessionForm.label", s.seq(), Labels.dateTime(s.heldAt())));
        f.session().setId("tj-agreement-session");
        f.session().setVisible(false);
        f.form().addValueChangeListener(e -> {
            boolean written = e.getValue() != Agreement.Form.ORAL;
            f.copies().setVisible(written);
            f.session().setVisible(!written);
        });
        termList.setPadding(false);
        termList.setSpacing(true);
        termList.setId("tj-terms");
        Button addTerm = new Button(getTranslation("agreementForm.addTerm"), e -> addTerm());
        addTerm.setId("tj-add-term");
        addTerm.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFields(f.form(), f.copies(), f.session(), f.facts(), f.responsibility());
        addBelow(new H4(getTranslation("agreementForm.terms")), termList, addTerm);
        addTerm();
        setAction(() -> services.agreements().conclude(d.id(), d.version(), new AgreementDraft(f.form().getValue(),
                f.facts().getValue(), f.responsibility().getValue(), f.copies().getValue(),
                f.session().getValue() == null ? null : f.session().getValue().id(),
                terms.stream().map(TermEditor::draft).toList())));
    }

    private void addTerm() {
        TermEditor editor = new TermEditor();
        terms.add(editor);
        termList.add(editor);
        renumber();
        editor.obligor.focus();
    }

    private void renumber() {
        for (int i = 0; i < terms.size(); i++) {
            terms.get(i).setNumber(i + 1, terms.size() > 1);
        }
    }

    /** One term's fields on two rows, with its number and a remove button. */
    private final class TermEditor extends FlexLayout {

        final ComboBox<DisputeDetail.Party> obligor = new ComboBox<>(getTranslation("termForm.obligor"), d.parties());
        final TextField obligation = new TextField(getTranslation("termForm.obligation"));
        final BigDecimalField amount = new BigDecimalField(getTranslation("termForm.amount"));
        final TextField method = new TextField(getTranslation("termForm.method"));
        final TextField place = new TextField(getTranslation("termForm.place"));
        final DatePicker deadline = new DatePicker(getTranslation("termForm.deadline"));
        final Button remove = new Button(getTranslation("agreementForm.removeTerm"));
        final H4 number = new H4();

        TermEditor() {
            setFlexWrap(FlexWrap.WRAP);
            getStyle().set("gap", "0 var(--lumo-space-m)").set("border-top", "1px solid var(--lumo-contrast-10pct)");
            setWidthFull();
            addClassName("tj-term");
            obligor.setItemLabelGenerator(DisputeDetail.Party::name);
            obligation.setMaxLength(1000);
            obligation.setWidth("28em");
            method.setMaxLength(100);
            place.setMaxLength(200);
            amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("termForm.yuan")));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> {
                terms.remove(this);
                termList.remove(this);
                renumber();
            });
            number.setWidthFull();
            number.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
            add(number, obligor, obligation, amount, method, place, deadline, remove);
            setAlignItems(Alignment.BASELINE);
        }

        void setNumber(int n, boolean removable) {
            number.setText(getTranslation("termForm.number", n));
            String p = "tj-term-" + n + "-";
            obligor.setId(p + "obligor");
            obligation.setId(p + "obligation");
            amount.setId(p + "amount");
            method.setId(p + "method");
            place.setId(p + "place");
            deadline.setId(p + "deadline");
            remove.setVisible(removable);
        }

        TermDraft draft() {
            return new TermDraft(obligor.getValue() == null ? null : obligor.getValue().id(), obligation.getValue(),
                    amount.getValue(), method.getValue(), place.getValue(), deadline.getValue());
        }
    }
}
