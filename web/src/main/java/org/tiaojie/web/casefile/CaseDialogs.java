package org.tiaojie.web.casefile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tiaojie.casework.agreement.AgreementTerm;
import org.tiaojie.casework.agreement.TermRow;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.mediation.InvestigationInput;
import org.tiaojie.casework.mediation.ReturnVisit;
import org.tiaojie.casework.mediation.ReturnVisitInput;
import org.tiaojie.casework.mediation.SessionMinutes;
import org.tiaojie.casework.mediation.SessionPlan;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * The record-keeping dialogs of the case file: sessions and their minutes, investigations,
 * extension requests, referral to court, term performance and return visits. Each validates in
 * the service, shows a refusal in place and keeps what was typed.
 */
final class CaseDialogs {

    private final Component owner;
    private final CaseFileServices services;
    private final DisputeDetail d;
    private final Runnable refresh;

    CaseDialogs(Component owner, CaseFileServices services, DisputeDetail detail, Runnable refresh) {
        this.owner = owner;
        this.services = services;
        this.d = detail;
        this.refresh = refresh;
    }

    Component owner() {
        return owner;
    }

    CaseFileServices services() {
        return services;
    }

    DisputeDetail detail() {
        return d;
    }

    Runnable refresh() {
        return refresh;
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    static Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(CaseworkConfiguration.ZONE).toInstant();
    }

    private TextField text(String key, String id, int max) {
        return DialogFields.text(owner, key, id, max);
    }

    private TextArea area(String key, String id, int max) {
        return DialogFields.area(owner, key, id, max);
    }

    private DateTimePicker when(String key, String id, LocalDateTime initial) {
        return DialogFields.when(owner, key, id, initial);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(CaseworkConfiguration.ZONE).truncatedTo(ChronoUnit.HOURS);
    }

    /** 安排调解 (or, with a session, 改期). */
    void schedule(SessionRow existing) {
        // a new session on the next working day at nine, by the holiday calendar (not on a Saturday)
        DateTimePicker at = when("sessionForm.time", "tj-session-time", existing == null
                ? services.calendar().calendar().addWorkingDays(now().toLocalDate(), 1).atTime(9, 0)
                : Labels.local(existing.scheduledAt()));
        TextField place = text("sessionForm.place", "tj-session-place", 200);
        TextField mediators = text("sessionForm.mediators", "tj-session-mediators", 200);
        TextArea participants = area("sessionForm.participants", "tj-session-participants", 500);
        if (existing != null) {
            place.setValue(existing.place());
            mediators.setValue(existing.mediators());
            participants.setValue(existing.participants());
        } else {
            place.setValue(d.organisationName() == null ? "" : d.organisationName());
            participants.setValue(Labels.list(owner, d.parties().stream().map(DisputeDetail.Party::name)));
        }
        FormDialog dialog = new FormDialog(t(existing == null ? "case.action.schedule" : "sessionForm.reschedule"),
                t("case.confirm"), () -> {
                    SessionPlan plan = new SessionPlan(instant(at.getValue()), place.getValue(), mediators.getValue(),
                            participants.getValue());
                    if (existing == null) {
                        services.mediation().schedule(d.id(), d.version(), plan);
                    } else {
                        services.mediation().reschedule(existing.id(), d.version(), plan);
                    }
                }, refresh);
        dialog.addFields(at, place, mediators, participants);
        dialog.errorsAt(at, "field.sessionTime", "session.beforeRegistration").errorsAt(place, "field.place")
                .errorsAt(mediators, "field.mediators").errorsAt(participants, "field.participants");
        dialog.open();
        mediators.focus();
    }

    void cancelSession(SessionRow session) {
        TextArea reason = area("sessionForm.cancelReason", "tj-reason", 500);
        FormDialog dialog = new FormDialog(t("sessionForm.cancel"), t("case.confirm"),
                () -> services.mediation().cancel(session.id(), d.version(), reason.getValue()), refresh);
        dialog.addFields(reason);
        dialog.open();
        reason.focus();
    }

    /** 调解笔录 of a scheduled session. */
    void minutes(SessionRow session) {
        LocalDateTime scheduled = Labels.local(session.scheduledAt());
        // held when it was scheduled: the minutes of a session not yet due start from now
        DateTimePicker held = when("sessionForm.heldAt", "tj-minutes-held",
                scheduled.isAfter(LocalDateTime.now(CaseworkConfiguration.ZONE)) ? now() : scheduled);
        held.setMax(LocalDateTime.now(CaseworkConfiguration.ZONE));
        DateTimePicker ended = when("sessionForm.endedAt", "tj-minutes-ended", null);
        TextField recorder = text("sessionForm.recorder", "tj-minutes-recorder", 50);
        TextArea attendance = area("sessionForm.attendance", "tj-minutes-attendance", 1000);
        attendance.setValue(session.participants());
        TextArea statements = area("sessionForm.statements", "tj-minutes-statements", 4000);
        statements.setHelperText(t("sessionForm.statements.help"));
        TextArea qa = area("sessionForm.qa", "tj-minutes-qa", 4000);
        TextArea outcome = area("sessionForm.outcome", "tj-minutes-outcome", 1000);
        Checkbox oral = new Checkbox(t("sessionForm.oralAgreement"));
        oral.setId("tj-minutes-oral");
        FormDialog dialog = new FormDialog(t("sessionForm.minutes", session.seq()), t("case.confirm"),
                () -> services.mediation().recordMinutes(session.id(), d.version(), new SessionMinutes(
                        instant(held.getValue()), instant(ended.getValue()), recorder.getValue(), attendance.getValue(),
                        statements.getValue(), qa.getValue(), outcome.getValue(), oral.getValue())), refresh);
        dialog.setWidth("52em");
        dialog.addFields(held, ended, recorder, attendance, statements, qa, outcome, oral);
        dialog.errorsAt(held, "field.heldAt", "session.heldInFuture").errorsAt(ended, "session.endBeforeStart")
                .errorsAt(recorder, "field.recorder").errorsAt(attendance, "field.attendance")
                .errorsAt(statements, "field.statements").errorsAt(qa, "field.questionsAnswers")
                .errorsAt(outcome, "field.outcomeNote", "session.oralAgreementText");
        dialog.spanWide(statements);
        dialog.spanWide(qa);
        dialog.open();
        recorder.focus();
    }

    /** 调查记录. */
    void investigation() {
        DateTimePicker at = when("investigationForm.at", "tj-investigation-at", now());
        TextField place = text("investigationForm.place", "tj-investigation-place", 200);
        TextField investigators = text("investigationForm.investigators", "tj-investigation-investigators", 200);
        TextField subject = text("investigationForm.subject", "tj-investigation-subject", 200);
        TextArea content = area("investigationForm.content", "tj-investigation-content", 4000);
        FormDialog dialog = new FormDialog(t("case.action.investigate"), t("case.confirm"),
                () -> services.mediation().investigate(d.id(), d.version(), new InvestigationInput(
                        instant(at.getValue()), place.getValue(), investigators.getValue(), subject.getValue(),
                        content.getValue())), refresh);
        dialog.setWidth("48em");
        dialog.addFields(at, place, investigators, subject, content);
        dialog.errorsAt(at, "field.investigatedAt", "investigation.inFuture").errorsAt(place, "field.place")
                .errorsAt(investigators, "field.investigators").errorsAt(subject, "field.subject")
                .errorsAt(content, "field.investigationContent");
        dialog.spanWide(content);
        dialog.open();
        place.focus();
    }

    /** 申请延期: goes to a supervisor for a decision. */
    void extension() {
        ComboBox<ClockKind> clock = new ComboBox<>(t("case.clock"), d.extendableClocks());
        clock.setItemLabelGenerator(k -> Labels.of(owner, k));
        clock.setValue(d.extendableClocks().getFirst());
        clock.setId("tj-extend-clock");
        IntegerField by = new IntegerField(t("case.extendBy"));
        by.setId("tj-extend-by");
        by.setMin(1);
        by.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        com.vaadin.flow.component.html.Span unit = new com.vaadin.flow.component.html.Span();
        by.setSuffixComponent(unit);
        // the unit, the limit and the new last day, before anything is sent
        Runnable preview = () -> services.extensions().preview(d.id(), clock.getValue(), by.getValue())
                .ifPresentOrElse(p -> {
                    unit.setText(Labels.of(owner, p.unit()));
                    by.setMax(p.maxBy());
                    by.setHelperText(p.dueAfter() == null
                            ? t("case.extendPreview.limit", p.maxBy(), Labels.of(owner, p.unit()), Labels.date(p.dueNow()))
                            : t("case.extendPreview.after", Labels.date(p.dueNow()), Labels.date(p.dueAfter()), p.maxBy(),
                                    Labels.of(owner, p.unit())));
                }, () -> by.setHelperText(""));
        clock.addValueChangeListener(e -> preview.run());
        by.addValueChangeListener(e -> preview.run());
        preview.run();
        TextArea reason = area("case.reason", "tj-reason", 500);
        reason.setHelperText(t("case.action.extend.help"));
        // a court-entrusted mediation is extended only with both parties' agreement
        com.vaadin.flow.component.checkbox.Checkbox agreed = new com.vaadin.flow.component.checkbox.Checkbox(
                t("case.extendAgreed"));
        agreed.setId("tj-extend-agreed");
        agreed.setVisible(d.channel() == org.tiaojie.casework.dispute.Channel.COURT_ENTRUSTED);
        FormDialog dialog = new FormDialog(t("case.action.extend"), t("case.confirm"),
                () -> services.extensions().request(d.id(), d.version(), clock.getValue(), by.getValue(),
                        reason.getValue(), agreed.getValue()), refresh);
        dialog.addFields(clock, by, reason, agreed);
        dialog.open();
        by.focus();
    }

    /** 协议生效: the day the last party signed and the committee sealed; the confirmation window runs from it. */
    void agreementEffective(org.tiaojie.casework.agreement.AgreementView agreement) {
        DatePicker on = new DatePicker(t("agreementForm.effectiveDate"), LocalDate.now(CaseworkConfiguration.ZONE));
        on.setId("tj-agreement-effective-date");
        on.setRequiredIndicatorVisible(true);
        on.setMax(LocalDate.now(CaseworkConfiguration.ZONE));
        on.setHelperText(t("agreementForm.effectiveHelp"));
        FormDialog dialog = new FormDialog(t("agreementForm.recordEffectiveTitle", agreement.number()), t("case.confirm"),
                () -> services.agreements().recordEffective(agreement.id(), d.version(), on.getValue()), refresh);
        dialog.addFields(on);
        dialog.open();
        on.focus();
    }

    /** 履行情况 of one term, optionally with a proof already attached to the case. */
    void performance(TermRow term, List<AttachmentRow> files) {
        RadioButtonGroup<AgreementTerm.Performance> value = new RadioButtonGroup<>(t("termForm.performance"));
        value.setItems(AgreementTerm.Performance.PERFORMED, AgreementTerm.Performance.PARTIAL,
                AgreementTerm.Performance.NOT_PERFORMED);
        value.setItemLabelGenerator(p -> Labels.of(owner, p));
        value.setValue(term.performance() == AgreementTerm.Performance.PENDING ? null : term.performance());
        value.setId("tj-performance");
        TextArea note = area("termForm.performanceNote", "tj-reason", 500);
        ComboBox<AttachmentRow> proof = new ComboBox<>(t("termForm.proof"), files);
        proof.setItemLabelGenerator(a -> Labels.withNote(owner, a.title(), a.fileName()));
        proof.setClearButtonVisible(true);
        proof.setId("tj-performance-proof");
        proof.setHelperText(t("termForm.proof.help"));
        FormDialog dialog = new FormDialog(t("termForm.recordPerformance", term.seq()), t("case.confirm"),
                () -> services.agreements().recordPerformance(term.id(), d.version(), value.getValue(),
                        note.getValue(), proof.getValue() == null ? null : proof.getValue().id()), refresh);
        dialog.addFields(value, note, proof);
        dialog.open();
    }

    /** 回访: date, method, satisfaction (不满意 reopens), comments, visitor. */
    void returnVisit() {
        DatePicker on = new DatePicker(t("visitForm.date"), LocalDate.now(CaseworkConfiguration.ZONE));
        on.setId("tj-visit-date");
        ComboBox<ReturnVisit.VisitMethod> method = new ComboBox<>(t("visitForm.method"), ReturnVisit.VisitMethod.values());
        method.setItemLabelGenerator(m -> Labels.of(owner, m));
        method.setValue(ReturnVisit.VisitMethod.PHONE);
        method.setId("tj-visit-method");
        RadioButtonGroup<ReturnVisit.Satisfaction> satisfaction = new RadioButtonGroup<>(t("visitForm.satisfaction"));
        satisfaction.setItems(ReturnVisit.Satisfaction.values());
        satisfaction.setItemLabelGenerator(s -> Labels.of(owner, s));
        satisfaction.setId("tj-visit-satisfaction"); // no default: the party's own answer, or nothing is recorded
        satisfaction.setRequiredIndicatorVisible(true);
        satisfaction.setHelperText(t("visitForm.satisfaction.help"));
        TextArea comments = area("visitForm.comments", "tj-reason", 1000);
        TextField visitor = text("visitForm.visitor", "tj-visit-visitor", 50);
        visitor.setValue(org.tiaojie.casework.account.CurrentUser.require().displayName());
        visitor.setHelperText(t("visitForm.visitor.help"));
        FormDialog dialog = new FormDialog(t("case.action.revisit"), t("case.confirm"),
                () -> services.mediation().returnVisit(d.id(), d.version(), new ReturnVisitInput(on.getValue(),
                        method.getValue(), satisfaction.getValue(), comments.getValue(), visitor.getValue())), refresh);
        dialog.addFields(on, method, satisfaction, comments, visitor);
        dialog.open();
        comments.focus();
    }
}
