package org.tiaojie.web.referral;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.place.PlaceOption;
import org.tiaojie.casework.referral.EntrustmentService;
import org.tiaojie.web.base.FormDialog;

/**
 * 委派调解: the clerk entrusts a dispute of the court's district to mediation, before filing (诉前委派)
 * or during litigation (诉中委托), with the court's number; the dispute goes to the compound's
 * mediation organisation like any other.
 */
class EntrustDialog {

    private EntrustDialog() {
    }

    static void open(com.vaadin.flow.component.Component owner, EntrustmentService entrustments,
            List<CategoryRow> categories, Runnable afterSave) {
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(owner.getTranslation("entrust.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(inLitigation -> owner.getTranslation(inLitigation ? "entrust.inLitigation"
                : "entrust.beforeFiling"));
        kind.setValue(false);
        kind.setId("tj-entrust-kind");
        TextField reference = new TextField(owner.getTranslation("entrust.reference"));
        reference.setId("tj-entrust-reference");
        reference.setMaxLength(60);
        reference.setHelperText(owner.getTranslation("entrust.reference.help"));
        ComboBox<PlaceOption> compound = new ComboBox<>(owner.getTranslation("entrust.compound"),
                entrustments.compounds());
        compound.setItemLabelGenerator(PlaceOption::label);
        compound.setId("tj-entrust-compound");
        ComboBox<CategoryRow> category = new ComboBox<>(owner.getTranslation("entrust.category"),
                categories.stream().filter(c -> c.parentId() != null && c.active()).toList());
        category.setItemLabelGenerator(CategoryRow::name);
        category.setId("tj-entrust-category");
        TextArea description = new TextArea(owner.getTranslation("entrust.description"));
        description.setId("tj-entrust-description");
        description.setMaxLength(4000);
        description.setWidthFull();
        TextField applicant = new TextField(owner.getTranslation("entrust.applicant"));
        applicant.setId("tj-entrust-applicant");
        applicant.setMaxLength(50);
        TextField phone = new TextField(owner.getTranslation("entrust.phone"));
        phone.setId("tj-entrust-phone");
        phone.setMaxLength(20);
        TextField respondent = new TextField(owner.getTranslation("entrust.respondent"));
        respondent.setId("tj-entrust-respondent");
        respondent.setMaxLength(100);
        long[] saved = new long[1];
        FormDialog dialog = new FormDialog(owner.getTranslation("entrust.title"), owner.getTranslation("case.confirm"),
                () -> saved[0] = entrustments.entrust(new EntrustmentService.Entrustment(reference.getValue(),
                        Boolean.TRUE.equals(kind.getValue()),
                        compound.getValue() == null ? null : compound.getValue().id(),
                        category.getValue() == null ? null : category.getValue().id(), description.getValue(),
                        applicant.getValue(), phone.getValue(), respondent.getValue())),
                () -> {
                    Notification.show(owner.getTranslation("entrust.done"), 4000, Notification.Position.TOP_CENTER);
                    afterSave.run();
                });
        dialog.addFields(kind, reference, compound, category, applicant, phone, respondent, description);
        dialog.spanWide(description);
        dialog.open();
        reference.focus();
    }
}
