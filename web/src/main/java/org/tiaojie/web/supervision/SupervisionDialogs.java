package org.tiaojie.web.supervision;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.supervision.SupervisionLevel;
import org.tiaojie.casework.supervision.SupervisionRow;
import org.tiaojie.casework.supervision.SupervisionQueryService;
import org.tiaojie.casework.supervision.SupervisionService;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/** The dialogs of 督办: issue (on a dispute or a compound), report progress, 报结, 催办, 约谈, verify, delist. */
public final class SupervisionDialogs {

    private SupervisionDialogs() {
    }

    /** Issues the filled-in form; {@code compoundId} is the compound chosen in the dialog, if it asked for one. */
    @FunctionalInterface
    public interface Issue {
        void issue(SupervisionService.IssueForm form, Long compoundId);
    }

    /**
     * 发起督办: level, reason, instruction, due date (five working days ahead by default), the
     * responsible organisation (the mediation bodies serving the compound) and the 包保 leader.
     * With no {@code responsibleOptions} (a compound's supervision) the dialog first asks for the
     * compound and offers the organisations serving it.
     */
    public static FormDialog issue(SupervisionQueryService supervisions, List<OrganisationOption> responsibleOptions,
            List<org.tiaojie.casework.place.PlaceOption> compounds, Issue action, Runnable afterSave) {
        Select<SupervisionLevel> level = new Select<>();
        TextArea reason = new TextArea();
        TextArea instruction = new TextArea();
        DatePicker due = new DatePicker();
        ComboBox<OrganisationOption> responsible = new ComboBox<>();
        TextField leader = new TextField();
        ComboBox<org.tiaojie.casework.place.PlaceOption> compound = new ComboBox<>();
        FormDialog dialog = new FormDialog(level.getTranslation("supervisionUi.issueTitle"),
                level.getTranslation("supervisionUi.issueConfirm"), () -> {
                    Long where = compound.getValue() == null ? null : compound.getValue().id();
                    if (responsibleOptions == null && where == null) {
                        throw new org.tiaojie.casework.shared.CaseworkException("supervision.compound.required");
                    }
                    action.issue(new SupervisionService.IssueForm(level.getValue(), reason.getValue(),
                            instruction.getValue(), due.getValue(), responsible.getValue() == null ? null
                            : responsible.getValue().id(), leader.getValue()), where);
                }, afterSave);
        level.setId("tj-supervision-level");
        level.setLabel(level.getTranslation("supervisionUi.level"));
        level.setItems(SupervisionLevel.values());
        level.setItemLabelGenerator(l -> Labels.of(level, l));
        // a district's supervisors issue 区级督办 by default, a street's 街道督办
        level.setValue(org.tiaojie.casework.account.CurrentUser.require().area().wholeDistrict()
                ? SupervisionLevel.DISTRICT : SupervisionLevel.STREET);
        reason.setId("tj-reason");
        reason.setLabel(level.getTranslation("supervisionUi.reason"));
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        instruction.setId("tj-supervision-instruction");
        instruction.setLabel(level.getTranslation("supervisionUi.instruction"));
        instruction.setMaxLength(1000);
        instruction.setValue(level.getTranslation("supervisionUi.instructionDefault"));
        due.setId("tj-supervision-due");
        due.setLabel(level.getTranslation("supervisionUi.due"));
        due.setValue(supervisions.defaultDue());
        responsible.setId("tj-supervision-responsible");
        responsible.setLabel(level.getTranslation("supervisionUi.responsible"));
        responsible.setItemLabelGenerator(OrganisationOption::name);
        leader.setId("tj-supervision-leader");
        leader.setLabel(level.getTranslation("supervisionUi.leader"));
        leader.setMaxLength(50);
        leader.setHelperText(level.getTranslation("supervisionUi.leaderHelp"));
        if (responsibleOptions == null) {
            compound.setId("tj-supervision-compound");
            compound.setLabel(level.getTranslation("supervisionUi.compound"));
            compound.setItems(compounds);
            compound.setItemLabelGenerator(org.tiaojie.casework.place.PlaceOption::name);
            compound.addValueChangeListener(e -> fillResponsible(supervisions, responsible,
                    e.getValue() == null ? null : e.getValue().id()));
            dialog.addFields(compound);
            dialog.spanWide(compound);
        } else {
            responsible.setItems(responsibleOptions);
            responsible.setValue(responsibleOptions.isEmpty() ? null : responsibleOptions.getFirst());
        }
        dialog.addFields(level, due, reason, instruction, responsible, leader);
        dialog.spanWide(reason);
        dialog.spanWide(instruction);
        dialog.setWidth("46em");
        return dialog;
    }

    private static void fillResponsible(SupervisionQueryService supervisions, ComboBox<OrganisationOption> responsible,
            Long compoundId) {
        List<OrganisationOption> options = compoundId == null ? List.of() : supervisions.responsibleOptions(compoundId);
        responsible.setItems(options);
        responsible.setValue(options.isEmpty() ? null : options.getFirst());
    }

    /** 进展报告 by the responsible organisation: what has been done so far. */
    static FormDialog report(SupervisionService supervisions, SupervisionRow row, Runnable afterSave) {
        TextArea text = new TextArea();
        FormDialog dialog = new FormDialog(text.getTranslation("supervisionUi.reportTitle"),
                () -> supervisions.report(row.id(), row.version(), text.getValue()), afterSave);
        return withText(dialog, text, "supervisionUi.progress", null);
    }

    /** 报结: the responsible organisation reports the matter rectified and asks for verification. */
    static FormDialog reportDone(SupervisionService supervisions, SupervisionRow row, Runnable afterSave) {
        TextArea text = new TextArea();
        FormDialog dialog = new FormDialog(text.getTranslation("supervisionUi.doneTitle"),
                text.getTranslation("supervisionUi.doneConfirm"),
                () -> supervisions.reportDone(row.id(), row.version(), text.getValue()), afterSave);
        return withText(dialog, text, "supervisionUi.doneReport", "supervisionUi.doneHelp");
    }

    /** 催办: what the supervisor asks of the responsible organisation, sent to its mediators with the due date. */
    static FormDialog urge(SupervisionService supervisions, SupervisionRow row, Runnable afterSave) {
        TextArea text = new TextArea();
        FormDialog dialog = new FormDialog(text.getTranslation("supervisionUi.urgeTitle"),
                text.getTranslation("supervisionUi.urgeConfirm"),
                () -> supervisions.urge(row.id(), row.version(), text.getValue()), afterSave);
        text.setValue(text.getTranslation("supervisionUi.urgeDefault", Labels.date(row.dueDate())));
        return withText(dialog, text, "supervisionUi.urgeNote", null);
    }

    /** 约谈: whom it was held with, on which day (today by default), and what was said and agreed. */
    static FormDialog interview(SupervisionService supervisions, SupervisionRow row, java.time.LocalDate today,
            Runnable afterSave) {
        TextField counterpart = new TextField();
        DatePicker held = new DatePicker();
        TextArea text = new TextArea();
        FormDialog dialog = new FormDialog(text.getTranslation("supervisionUi.interviewTitle"),
                () -> supervisions.interview(row.id(), row.version(), new SupervisionService.InterviewForm(
                        counterpart.getValue(), held.getValue(), text.getValue())), afterSave);
        counterpart.setId("tj-interview-counterpart");
        counterpart.setLabel(text.getTranslation("supervisionUi.interviewCounterpart"));
        counterpart.setMaxLength(100);
        counterpart.setRequiredIndicatorVisible(true);
        counterpart.setHelperText(text.getTranslation("supervisionUi.interviewCounterpartHelp"));
        held.setId("tj-interview-day");
        held.setLabel(text.getTranslation("supervisionUi.interviewDay"));
        held.setValue(today);
        held.setMax(today);
        held.setRequiredIndicatorVisible(true);
        dialog.addFields(counterpart, held);
        dialog.errorsAt(counterpart, "field.interviewCounterpart");
        dialog.errorsAt(held, "field.interviewDay", "supervision.interview.future");
        return withText(dialog, text, "supervisionUi.interviewNote", null);
    }

    private static FormDialog withText(FormDialog dialog, TextArea text, String labelKey, String helpKey) {
        text.setId("tj-reason");
        text.setLabel(text.getTranslation(labelKey));
        text.setMaxLength(1000);
        text.setRequiredIndicatorVisible(true);
        if (helpKey != null) {
            text.setHelperText(text.getTranslation(helpKey));
        }
        dialog.addFields(text);
        dialog.spanWide(text);
        dialog.errorsAt(text, "field.progress", "field.doneReport", "field.urgeNote", "field.interviewNote");
        return dialog;
    }

    /** 验收: passed, or failed with a new due date. */
    static FormDialog verify(SupervisionService supervisions, SupervisionQueryService queries, SupervisionRow row,
            Runnable afterSave) {
        RadioButtonGroup<Boolean> result = new RadioButtonGroup<>();
        TextArea note = new TextArea();
        DatePicker due = new DatePicker();
        FormDialog dialog = new FormDialog(note.getTranslation("supervisionUi.verifyTitle"),
                () -> supervisions.verify(row.id(), row.version(), Boolean.TRUE.equals(result.getValue()),
                        note.getValue(), Boolean.TRUE.equals(result.getValue()) ? null : due.getValue()), afterSave);
        result.setId("tj-supervision-result");
        result.setLabel(note.getTranslation("supervisionUi.result"));
        result.setItems(true, false);
        result.setItemLabelGenerator(b -> note.getTranslation(b ? "supervisionUi.passed" : "supervisionUi.failed"));
        result.setValue(true);
        note.setId("tj-reason");
        note.setLabel(note.getTranslation("supervisionUi.verifyNote"));
        note.setMaxLength(1000);
        note.setRequiredIndicatorVisible(true);
        due.setId("tj-supervision-due");
        due.setLabel(note.getTranslation("supervisionUi.newDue"));
        due.setValue(queries.defaultDue());
        due.setVisible(false);
        result.addValueChangeListener(e -> due.setVisible(Boolean.FALSE.equals(e.getValue())));
        dialog.addFields(result, due, note);
        dialog.spanWide(result);
        dialog.spanWide(note);
        return dialog;
    }

    /** 销号 after a passed verification. */
    static FormDialog delist(SupervisionService supervisions, SupervisionRow row, Runnable afterSave) {
        TextArea note = new TextArea();
        FormDialog dialog = new FormDialog(note.getTranslation("supervisionUi.delistTitle"),
                note.getTranslation("supervisionUi.delist"),
                () -> supervisions.delist(row.id(), row.version(), note.getValue()), afterSave);
        note.setId("tj-reason");
        note.setLabel(note.getTranslation("supervisionUi.delistNote"));
        note.setMaxLength(500);
        note.setRequiredIndicatorVisible(true);
        dialog.addFields(note);
        dialog.spanWide(note);
        return dialog;
    }
}
