package org.tiaojie.web.casefile;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * The case file's steps towards a court: 移送法院 after mediation failed, and the parties' joint
 * 司法确认 application, warned when it comes after the 30 days (人民调解法 Art. 33).
 */
final class CaseCourtDialogs {

    private final CaseDialogs dialogs;
    private final CaseFileServices services;
    private final DisputeDetail d;

    /** The court steps of the case the given dialogs serve, with their owner, services and refresh. */
    CaseCourtDialogs(CaseDialogs dialogs) {
        this.dialogs = dialogs;
        this.services = dialogs.services();
        this.d = dialogs.detail();
    }

    private String t(String key, Object... args) {
        return dialogs.owner().getTranslation(key, args);
    }

    /** The courts to choose from; preselected when there is one. */
    private ComboBox<OrganisationOption> courtField() {
        List<OrganisationOption> courts = services.organisations().options().stream()
                .filter(o -> o.kind() == OrganisationKind.COURT).toList();
        ComboBox<OrganisationOption> court = new ComboBox<>(t("case.court"), courts);
        court.setItemLabelGenerator(OrganisationOption::name);
        court.setId("tj-court");
        if (courts.size() == 1) {
            court.setValue(courts.getFirst());
        }
        return court;
    }

    /** 司法确认申请: the parties' joint application, sent with the agreement, the application and identity proofs. */
    void applyForConfirmation() {
        ComboBox<OrganisationOption> court = courtField();
        TextArea note = DialogFields.area(dialogs.owner(), "case.reason", "tj-reason", 500);
        note.setHelperText(t("case.action.confirmation.help"));
        FormDialog dialog = new FormDialog(t("case.action.confirmation"), t("case.confirm"), () -> {
            if (court.getValue() == null) {
                throw new org.tiaojie.casework.shared.CaseworkException("field.missing", "@field.court");
            }
            services.referrals().applyForConfirmation(d.id(), d.version(), court.getValue().id(), note.getValue());
        }, dialogs.refresh());
        dialog.addFields(court, note);
        // past the 30 days after the agreement took effect: still possible, but the parties should know
        d.clocks().stream().filter(c -> c.kind() == org.tiaojie.casework.deadline.ClockKind.JUDICIAL_CONFIRMATION
                        && c.state() != org.tiaojie.casework.deadline.ClockState.STOPPED
                        && c.status() == org.tiaojie.casework.deadline.ClockStatus.OVERDUE)
                .findFirst().ifPresent(c -> {
                    com.vaadin.flow.component.html.Span late = new com.vaadin.flow.component.html.Span(
                            t("case.action.confirmation.late", Labels.date(c.lastDay())));
                    late.setId("tj-confirmation-late");
                    late.getElement().getThemeList().add("badge error");
                    late.getStyle().set("white-space", "normal");
                    dialog.addFields(late);
                });
        dialog.open();
        note.focus();
    }

    /** 移送法院 with the receiving court. */
    void referToCourt() {
        ComboBox<OrganisationOption> court = courtField();
        TextArea reason = DialogFields.area(dialogs.owner(), "case.reason", "tj-reason", 500);
        reason.setHelperText(t("case.action.refer.help"));
        FormDialog dialog = new FormDialog(t("case.action.refer"), t("case.confirm"), () -> {
            if (court.getValue() == null) {
                throw new org.tiaojie.casework.shared.CaseworkException("field.missing", "@field.court");
            }
            services.referrals().refer(d.id(), d.version(), court.getValue().id(), reason.getValue());
        }, dialogs.refresh());
        dialog.addFields(court, reason);
        dialog.open();
        reason.focus();
    }
}
