package org.tiaojie.web.supervision;

import com.vaadin.flow.component.checkbox.Checkbox;
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

/** The dialogs of 督办: issue (on a dispute or a compound), report progress, verify, delist. */
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

    /** 进展报告 (or 报结 with the box ticked) by the responsible organisation. */
    static FormDialog report(SupervisionService supervisions, SupervisionRow row, Runnable afterSave) {
        TextArea text = new TextArea();
        Checkbox done = new Checkbox();
        FormDialog dialog = new FormDialog(text.getTranslation("supervisionUi.reportTitle"),
                () -> supervisions.report(row.id(), row.version(), text.getValue(), done.getValue()), afterSave);
        text.setId("tj-reason");
        text.setLabel(text.getTranslation("supervisionUi.progress"));
        text.setMaxLength(1000);
        text.setRequiredIndicatorVisible(true);
        done.setId("tj-supervision-done");
        done.setLabel(text.getTranslation("supervisionUi.done"));
        dialog.addFields(text, done);
        dialog.spanWide(text);
        dialog.spanWide(done);
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
