package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.tiaojie.casework.dispute.CaseMove;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.RejectionGround;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.FormDialog;

/**
 * The moves the domain opens to the handling mediator now ({@link DisputeDetail#openMoves}), as
 * buttons, the usual next step highlighted; each opens a dialog that asks for
 * what the move needs (a reason, a department, an organisation) and refuses bad input in place.
 * Every command carries the version the screen showed, so a concurrent change is refused with
 * who made it and when, and the dialog keeps what was typed.
 */
class CaseActions extends FlexLayout {

    private final DisputeService disputes;
    private final OrganisationService organisations;
    private final DisputeDetail d;
    private final Runnable refresh;

    CaseActions(CaseFileServices services, DisputeDetail detail, List<SessionRow> sessions, CaseDialogs dialogs,
            Runnable refresh) {
        this.disputes = services.disputes();
        this.organisations = services.organisations();
        this.d = detail;
        this.refresh = refresh;
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        setId("tj-actions");
        for (CaseMove.Option option : d.openMoves()) {
            Button b = button(label(option.move()), open(option.move(), services, sessions, dialogs));
            if (option.primary()) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
    }

    /** The button's label key; its id is the key's last part (tj-accept, tj-withdraw, …). */
    private static String label(CaseMove move) {
        return "case.action." + switch (move) {
            case ACCEPT -> "accept";
            case REJECT -> "reject";
            case TRANSFER_OUT -> "transfer";
            case RETURN_TO_DISPATCH -> "return";
            case SCHEDULE_SESSION -> "schedule";
            case START_MEDIATION -> "mediate";
            case INVESTIGATE -> "investigate";
            case SUSPEND -> "suspend";
            case RESUME -> "resume";
            case ESCALATE -> "escalate";
            case WITHDRAW, END_MEDIATION -> "withdraw";
            case AGREE -> "agree";
            case FAIL -> "fail";
            case CLOSE_AGREED -> "closeAgreed";
            case REFER_TO_COURT -> "refer";
            case GUIDE_TO_LITIGATION -> "guide";
            case RETURN_VISIT -> "revisit";
            case ARCHIVE -> "archive";
            case APPLY_FOR_CONFIRMATION -> "confirmation";
            case EXTEND -> "extend";
            case REQUEST_REVIEW -> "reviewRequest";
            case DECIDE_REVIEW -> "reviewDecide";
            case REQUEST_RECHECK -> "recheckRequest";
            case DECIDE_RECHECK -> "recheckDecide";
            case START_HEARING -> "hearingStart";
            case END_HEARING -> "hearingEnd";
        };
    }

    /** What a move's button opens: a confirmation, a reason, or the move's own dialog. */
    private Runnable open(CaseMove move, CaseFileServices services, List<SessionRow> sessions, CaseDialogs dialogs) {
        long id = d.id();
        long v = d.version();
        var petitions = services.petitions();
        var court = new CaseCourtDialogs(dialogs);
        return switch (move) {
            case ACCEPT -> () -> confirm("case.action.accept", () -> disputes.accept(id, v));
            case REJECT -> this::rejectDialog;
            case TRANSFER_OUT -> this::transferDialog;
            case RETURN_TO_DISPATCH -> this::returnDialog;
            case SCHEDULE_SESSION -> () -> dialogs.schedule(null);
            case START_MEDIATION -> () -> confirm("case.action.mediate", () -> disputes.startMediation(id, v));
            case INVESTIGATE -> dialogs::investigation;
            case SUSPEND -> () -> reason("case.action.suspend", r -> disputes.suspend(id, v, r));
            case RESUME -> () -> reason("case.action.resume", r -> disputes.resume(id, v, r));
            case ESCALATE -> () -> reason("case.action.escalate", r -> disputes.escalate(id, v, r));
            case WITHDRAW -> () -> reason("case.action.withdraw", r -> disputes.close(id, v, ClosureType.WITHDRAWN, r));
            // 人民调解法 Art. 23: a party may end the mediation
            case END_MEDIATION -> () -> reason("case.action.withdrawDuring",
                    r -> disputes.close(id, v, ClosureType.WITHDRAWN, r));
            case AGREE -> () -> new AgreementDialog(services, d, sessions, refresh).open();
            case FAIL -> () -> reason("case.action.fail", r -> disputes.fail(id, v, r));
            case CLOSE_AGREED -> () -> reason("case.action.closeAgreed",
                    r -> disputes.close(id, v, ClosureType.AGREEMENT, r));
            case REFER_TO_COURT -> court::referToCourt;
            case GUIDE_TO_LITIGATION -> () -> reason("case.action.guide",
                    r -> disputes.close(id, v, ClosureType.GUIDED_TO_LITIGATION, r));
            case RETURN_VISIT -> dialogs::returnVisit;
            case ARCHIVE -> () -> confirm("case.action.archive", () -> disputes.archive(id, v));
            case APPLY_FOR_CONFIRMATION -> court::applyForConfirmation;
            case EXTEND -> dialogs::extension;
            case REQUEST_REVIEW -> () -> petitionRequest("case.action.reviewRequest",
                    (on, r) -> petitions.requestReview(id, v, on, r));
            case DECIDE_REVIEW -> () -> reason("case.action.reviewDecide", r -> petitions.decideReview(id, v, r));
            case REQUEST_RECHECK -> () -> petitionRequest("case.action.recheckRequest",
                    (on, r) -> petitions.requestRecheck(id, v, on, r));
            case DECIDE_RECHECK -> () -> reason("case.action.recheckDecide", r -> petitions.decideRecheck(id, v, r));
            case START_HEARING -> () -> confirm("case.action.hearingStart", () -> petitions.hearing(id, v, true));
            case END_HEARING -> () -> confirm("case.action.hearingEnd", () -> petitions.hearing(id, v, false));
        };
    }

    /** A petitioner's request: the day it was made and what it says. */
    private void petitionRequest(String key, java.util.function.BiConsumer<java.time.LocalDate, String> action) {
        com.vaadin.flow.component.datepicker.DatePicker on = new com.vaadin.flow.component.datepicker.DatePicker(
                getTranslation("case.requestedOn"), java.time.LocalDate.now(
                        org.tiaojie.casework.shared.CaseworkConfiguration.ZONE));
        on.setId("tj-requested-on");
        on.setRequiredIndicatorVisible(true);
        TextArea reason = reasonField(key);
        FormDialog dialog = new FormDialog(getTranslation(key), getTranslation("case.confirm"),
                () -> action.accept(on.getValue(), reason.getValue()), refresh);
        dialog.addFields(on, reason);
        dialog.open();
        reason.focus();
    }

    private Button button(String key, Runnable open) {
        Button b = new Button(getTranslation(key), e -> open.run());
        b.setId("tj-" + key.substring(key.lastIndexOf('.') + 1));
        add(b);
        return b;
    }

    private void confirm(String key, FormDialog.SaveAction action) {
        FormDialog dialog = new FormDialog(getTranslation(key), getTranslation("case.confirm"), action, refresh);
        dialog.addFields(new Paragraph(getTranslation(key + ".help")));
        dialog.open();
    }

    private void reason(String key, Consumer<String> action) {
        TextArea reason = reasonField(key);
        FormDialog dialog = new FormDialog(getTranslation(key), getTranslation("case.confirm"),
                () -> action.accept(reason.getValue()), refresh);
        dialog.addFields(reason);
        dialog.open();
        reason.focus();
    }

    private TextArea reasonField(String key) {
        TextArea reason = new TextArea(getTranslation("case.reason"));
        reason.setId("tj-reason");
        reason.setHelperText(getTranslation(key + ".help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        return reason;
    }

    /** 不予受理 on a ground (one party refuses mediation: 人民调解法 Art. 17), with what the applicant is told. */
    private void rejectDialog() {
        RadioButtonGroup<RejectionGround> ground = new RadioButtonGroup<>(getTranslation("case.rejectGround"));
        ground.setItems(RejectionGround.values());
        ground.setItemLabelGenerator(g -> org.tiaojie.web.base.Labels.of(this, g));
        ground.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        ground.setId("tj-reject-ground");
        TextArea detail = reasonField("case.action.reject");
        FormDialog dialog = new FormDialog(getTranslation("case.action.reject"), getTranslation("case.confirm"),
                () -> disputes.reject(d.id(), d.version(), ground.getValue(), detail.getValue()), refresh);
        dialog.addFields(ground, detail);
        dialog.open();
        detail.focus();
    }

    private void transferDialog() {
        TextField department = new TextField(getTranslation("case.department"));
        department.setId("tj-department");
        TextArea reason = reasonField("case.action.transfer");
        FormDialog dialog = new FormDialog(getTranslation("case.action.transfer"), getTranslation("case.confirm"),
                () -> disputes.transferOut(d.id(), d.version(), department.getValue(), reason.getValue()), refresh);
        dialog.addFields(department, reason);
        dialog.open();
        department.focus();
    }

    private void returnDialog() {
        List<OrganisationOption> mediating = organisations.options().stream()
                .filter(o -> o.kind() == OrganisationKind.COMMUNITY_MEDIATION_ROOM
                        || o.kind() == OrganisationKind.STREET_MEDIATION_CENTRE
                        || o.kind() == OrganisationKind.DISTRICT_COMMITTEE)
                .filter(o -> !o.name().equals(d.organisationName())).toList();
        ComboBox<OrganisationOption> to = new ComboBox<>(getTranslation("case.redispatchTo"), mediating);
        to.setItemLabelGenerator(OrganisationOption::name);
        to.setId("tj-redispatch");
        TextArea reason = reasonField("case.action.return");
        FormDialog dialog = new FormDialog(getTranslation("case.action.return"), getTranslation("case.confirm"),
                () -> {
                    if (to.getValue() == null) {
                        throw new CaseworkException("dispute.return.sameOrganisation");
                    }
                    disputes.returnAndRedispatch(d.id(), d.version(), to.getValue().id(), reason.getValue());
                }, refresh);
        dialog.addFields(to, reason);
        dialog.open();
        to.focus();
    }
}
