package org.tiaojie.web.mediation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.RejectionGround;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.FormDialog;

/**
 * The moves the handling mediator may make now, as buttons; each opens a dialog that asks for
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
        long id = d.id();
        long v = d.version();
        switch (d.state()) {
            case REGISTERED -> {
                primary("case.action.accept", () -> confirm("case.action.accept", () -> disputes.accept(id, v)));
                button("case.action.reject", this::rejectDialog);
                button("case.action.transfer", this::transferDialog);
                button("case.action.return", this::returnDialog);
            }
            case ACCEPTED -> {
                primary("case.action.schedule", () -> dialogs.schedule(null));
                button("case.action.mediate", () -> confirm("case.action.mediate", () -> disputes.startMediation(id, v)));
                button("case.action.investigate", dialogs::investigation);
                button("case.action.suspend", () -> reason("case.action.suspend", r -> disputes.suspend(id, v, r)));
                button("case.action.escalate", () -> reason("case.action.escalate", r -> disputes.escalate(id, v, r)));
                button("case.action.withdraw", () -> reason("case.action.withdraw",
                        r -> disputes.close(id, v, ClosureType.WITHDRAWN, r)));
            }
            case IN_MEDIATION -> {
                primary("case.action.agree", () -> new AgreementDialog(services, d, sessions, refresh).open());
                button("case.action.schedule", () -> dialogs.schedule(null));
                button("case.action.investigate", dialogs::investigation);
                button("case.action.fail", () -> reason("case.action.fail", r -> disputes.fail(id, v, r)));
                button("case.action.suspend", () -> reason("case.action.suspend", r -> disputes.suspend(id, v, r)));
                // 人民调解法 Art. 23: a party may end the mediation
                button("case.action.withdraw", () -> reason("case.action.withdrawDuring",
                        r -> disputes.close(id, v, ClosureType.WITHDRAWN, r)));
            }
            case SUSPENDED -> {
                primary("case.action.resume", () -> reason("case.action.resume", r -> disputes.resume(id, v, r)));
                button("case.action.investigate", dialogs::investigation);
                button("case.action.withdraw", () -> reason("case.action.withdrawDuring",
                        r -> disputes.close(id, v, ClosureType.WITHDRAWN, r)));
            }
            case AGREED -> primary("case.action.closeAgreed", () -> reason("case.action.closeAgreed",
                    r -> disputes.close(id, v, ClosureType.AGREEMENT, r)));
            case FAILED -> {
                primary("case.action.escalate", () -> reason("case.action.escalate", r -> disputes.escalate(id, v, r)));
                button("case.action.refer", dialogs::referToCourt);
                button("case.action.guide", () -> reason("case.action.guide",
                        r -> disputes.close(id, v, ClosureType.GUIDED_TO_LITIGATION, r)));
            }
            case CLOSED -> primary("case.action.revisit", dialogs::returnVisit);
            case REVISITED -> primary("case.action.archive", () -> confirm("case.action.archive",
                    () -> disputes.archive(id, v)));
            default -> {
                // REJECTED, TRANSFERRED, ESCALATED, REFERRED_TO_COURT, ARCHIVED: nothing for the mediator here
            }
        }
        // 司法确认: within the 30 days after the agreement, or again after the court returned the application
        boolean confirmationOpen = d.clocks().stream().anyMatch(c -> c.state() == ClockState.RUNNING
                && (c.kind() == ClockKind.JUDICIAL_CONFIRMATION
                        || c.kind() == ClockKind.COURT_CORRECTION && d.state() != DisputeState.FAILED));
        if (confirmationOpen) {
            button("case.action.confirmation", dialogs::applyForConfirmation);
        }
        if (!d.extendableClocks().isEmpty()) {
            button("case.action.extend", dialogs::extension);
        }
        if (d.channel().isPetition() && !d.state().isOpen()) {
            petitionReview(services.petitions(), id, v);
        }
    }

    /** 信访 复查 and 复核 after the written answer (信访工作条例 Art. 35, 36): the step the petition is at. */
    private void petitionReview(org.tiaojie.casework.petition.PetitionReviewService petitions, long id, long v) {
        switch (petitions.stage(id)) {
            case REVIEW_OPEN -> button("case.action.reviewRequest", () -> petitionRequest("case.action.reviewRequest",
                    (on, r) -> petitions.requestReview(id, v, on, r)));
            case UNDER_REVIEW -> primary("case.action.reviewDecide", () -> reason("case.action.reviewDecide",
                    r -> petitions.decideReview(id, v, r)));
            case RECHECK_OPEN -> button("case.action.recheckRequest", () -> petitionRequest("case.action.recheckRequest",
                    (on, r) -> petitions.requestRecheck(id, v, on, r)));
            case UNDER_RECHECK -> {
                primary("case.action.recheckDecide", () -> reason("case.action.recheckDecide",
                        r -> petitions.decideRecheck(id, v, r)));
                button("case.action.hearingStart", () -> confirm("case.action.hearingStart",
                        () -> petitions.hearing(id, v, true)));
            }
            case IN_HEARING -> primary("case.action.hearingEnd", () -> confirm("case.action.hearingEnd",
                    () -> petitions.hearing(id, v, false)));
            default -> {
                // not answered yet, or final
            }
        }
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

    private void primary(String key, Runnable open) {
        Button b = button(key, open);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
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
