package org.tiaojie.web.casefile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.referral.CourtOutcome;
import org.tiaojie.casework.referral.CourtReferral.ReferralState;
import org.tiaojie.casework.referral.ReferralRow;
import org.tiaojie.casework.referral.ReferralService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.documents.pdf.BundlePackage;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * 移送法院 in the case file: every sending of the case with what the court did. A clerk of the
 * receiving court acts on the latest one here — 签收, 退回补正, 登记立案, 登记结果 — and can check a
 * downloaded 卷宗包 against its manifest.
 */
class CaseReferralsPanel extends VerticalLayout {

    private final ReferralService referrals;
    private final Runnable refresh;

    private final org.tiaojie.documents.PackageCheck packages;

    CaseReferralsPanel(ReferralService referrals, org.tiaojie.documents.PackageCheck packages, List<ReferralRow> rows,
            Runnable refresh) {
        this.packages = packages;
        this.referrals = referrals;
        this.refresh = refresh;
        setPadding(false);
        Grid<ReferralRow> grid = new Grid<>(ReferralRow.class, false);
        grid.setId("tj-referral-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Labels.withNote(this, Labels.dateTime(r.sentAt()), r.sentBy()))
                .setHeader(getTranslation("referralUi.sent")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Labels.of(this, r.kind())).setHeader(getTranslation("referralUi.kind")).setAutoWidth(true);
        grid.addColumn(ReferralRow::courtName).setHeader(getTranslation("referralUi.court")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(this, r.state())).setHeader(getTranslation("referralUi.state")).setAutoWidth(true);
        grid.addColumn(this::detail).setHeader(getTranslation("referralUi.detail")).setFlexGrow(3);
        add(grid);
        grid.setItems(rows);
        ReferralRow current = rows.isEmpty() ? null : rows.getLast();
        var user = CurrentUser.require();
        if (current != null && user.has(Role.COURT_CLERK) && current.courtId() == user.organisationId()) {
            add(actions(current));
        }
    }

    /** What the court did with one sending, in a line. */
    private String detail(ReferralRow r) {
        List<String> parts = new ArrayList<>();
        if (r.note() != null) {
            parts.add(r.note());
        }
        if (r.bundleDocumentId() == null && r.kind() == org.tiaojie.casework.referral.ReferralKind.CASE_TRANSFER) {
            parts.add(getTranslation("referralUi.noBundle"));
        }
        if (r.signedAt() != null) {
            parts.add(getTranslation("referralUi.signed", r.signedBy(), Labels.dateTime(r.signedAt())));
        }
        if (r.returnedAt() != null) {
            parts.add(getTranslation("referralUi.returned", Labels.dateTime(r.returnedAt()), r.returnReason()));
        }
        if (r.filingNumber() != null) {
            parts.add(getTranslation("referralUi.filed", r.filingNumber()));
        }
        if (r.outcome() != null) {
            parts.add(getTranslation("referralUi.outcome", Labels.of(this, r.outcome()), Labels.date(r.outcomeDate()),
                    r.outcomeNote() == null ? "" : r.outcomeNote()));
        }
        return String.join(getTranslation("format.listSeparator"), parts);
    }

    private HorizontalLayout actions(ReferralRow r) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("tj-court-actions");
        if (r.state() == ReferralState.SENT) {
            bar.add(button("referralUi.sign", "tj-referral-sign", () -> act(() -> referrals.signFor(r.id(), r.version()))));
        }
        if (r.state() == ReferralState.SENT || r.state() == ReferralState.SIGNED) {
            bar.add(button("referralUi.return", "tj-referral-return", () -> returnDialog(r)));
        }
        if (r.state() == ReferralState.SIGNED) {
            bar.add(button("referralUi.file", "tj-referral-file", () -> fileDialog(r)));
        }
        if (r.state() == ReferralState.FILED) {
            bar.add(button("referralUi.decide", "tj-referral-decide", () -> decideDialog(r)));
            if (r.kind() == org.tiaojie.casework.referral.ReferralKind.JUDICIAL_CONFIRMATION) {
                bar.add(button("referralUi.extend", "tj-referral-extend", () -> extendDialog(r)));
            }
        }
        Button verify = button("referralUi.verify", "tj-referral-verify", this::verifyDialog);
        verify.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(verify);
        return bar;
    }

    /** 延长审查期限 of a 司法确认 application: days (at most 10, once) and the president's approval as reason. */
    private void extendDialog(ReferralRow r) {
        com.vaadin.flow.component.textfield.IntegerField days = new com.vaadin.flow.component.textfield.IntegerField(
                getTranslation("referralUi.extendDays"));
        days.setId("tj-referral-extend-days");
        days.setMin(1);
        days.setMax(10);
        TextArea reason = new TextArea(getTranslation("case.reason"));
        reason.setId("tj-reason");
        reason.setHelperText(getTranslation("referralUi.extendHelp"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        FormDialog dialog = new FormDialog(getTranslation("referralUi.extend") + " · " + r.caseNumber(),
                getTranslation("case.confirm"),
                () -> referrals.extendConfirmationDecision(r.id(), r.version(), days.getValue(), reason.getValue()),
                refresh);
        dialog.addFields(days, reason);
        dialog.open();
        days.focus();
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        return b;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh.run();
        } catch (CaseworkException e) {
            com.vaadin.flow.component.notification.Notification.show(e.getLocalizedMessage(getLocale()), 5000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
        }
    }

    private void returnDialog(ReferralRow r) {
        TextArea reason = new TextArea(getTranslation("referralUi.returnReason"));
        reason.setId("tj-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("referralUi.returnReason.help"));
        FormDialog dialog = new FormDialog(getTranslation("referralUi.return") + " · " + r.caseNumber(),
                getTranslation("case.confirm"), () -> referrals.returnForCorrection(r.id(), r.version(),
                        reason.getValue()), refresh);
        dialog.addFields(reason);
        dialog.open();
        reason.focus();
    }

    private void fileDialog(ReferralRow r) {
        TextField number = new TextField(getTranslation("referralUi.filingNumber"));
        number.setId("tj-filing-number");
        number.setMaxLength(60);
        number.setWidthFull();
        number.setHelperText(getTranslation("referralUi.filingNumber.help"));
        FormDialog dialog = new FormDialog(getTranslation("referralUi.file") + " · " + r.caseNumber(),
                getTranslation("case.confirm"), () -> referrals.file(r.id(), r.version(), number.getValue()), refresh);
        dialog.addFields(number);
        dialog.open();
        number.focus();
    }

    private void decideDialog(ReferralRow r) {
        ComboBox<CourtOutcome> outcome = new ComboBox<>(getTranslation("referralUi.outcomeField"),
                r.kind().outcomes().stream().toList());
        outcome.setItemLabelGenerator(o -> Labels.of(this, o));
        outcome.setId("tj-outcome");
        DatePicker date = new DatePicker(getTranslation("referralUi.outcomeDate"));
        date.setId("tj-outcome-date");
        date.setValue(LocalDate.now(CaseworkConfiguration.ZONE));
        date.setMax(LocalDate.now(CaseworkConfiguration.ZONE));
        TextArea note = new TextArea(getTranslation("referralUi.outcomeNote"));
        note.setId("tj-reason");
        note.setMaxLength(500);
        note.setWidthFull();
        String[] rulingName = new String[1];
        byte[][] ruling = new byte[1][];
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            rulingName[0] = meta.fileName();
            ruling[0] = bytes;
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setId("tj-ruling-upload");
        upload.setI18n(org.tiaojie.web.base.UploadTexts.of(this));
        Span uploadHelp = new Span(getTranslation("referralUi.ruling.help"));
        uploadHelp.addClassName("tj-muted");
        FormDialog dialog = new FormDialog(getTranslation("referralUi.decide") + " · " + r.caseNumber(),
                getTranslation("case.confirm"), () -> referrals.decide(r.id(), r.version(), outcome.getValue(),
                        date.getValue(), note.getValue(), rulingName[0], ruling[0]), refresh);
        dialog.addFields(outcome, date, note);
        dialog.addBelow(upload, uploadHelp);
        dialog.open();
        outcome.focus();
    }

    /** 核验卷宗包: the clerk uploads the package as downloaded; each file is checked against the manifest. */
    private void verifyDialog() {
        Span verdict = new Span();
        verdict.setId("tj-verify-result");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String text;
            boolean ok;
            try {
                org.tiaojie.documents.PackageCheck.Result r = packages.check(bytes);
                ok = r.trusted();
                text = ok ? getTranslation("referralUi.verify.ok", r.files().files().size(), r.files().caseNumber())
                        : getTranslation("referralUi.verify.failed", String.join(getTranslation("format.listSeparator"),
                                problems(r)));
            } catch (IllegalArgumentException e) {
                ok = false;
                String m = e.getMessage() == null ? "" : e.getMessage();
                text = m.startsWith("damaged entry: ")
                        ? getTranslation("referralUi.verify.damaged", m.substring("damaged entry: ".length()))
                        : getTranslation("referralUi.verify.unreadable");
            }
            String shown = text;
            boolean good = ok;
            getUI().ifPresent(ui -> ui.access(() -> {
                verdict.setText(shown);
                verdict.getElement().getThemeList().clear();
                verdict.getElement().getThemeList().add(good ? "badge success" : "badge error");
            }));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(512 * 1024 * 1024);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setId("tj-verify-upload");
        upload.setI18n(org.tiaojie.web.base.UploadTexts.of(this));
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("referralUi.verify"));
        Span help = new Span(getTranslation("referralUi.verify.help"));
        help.addClassName("tj-muted");
        org.tiaojie.documents.PackageCheck.PublicKey key = packages.publicKey();
        Span published = new Span(getTranslation("referralUi.verify.key", key.algorithm(), key.keyId(), key.publicKey()));
        published.addClassName("tj-muted");
        published.setId("tj-verify-key");
        published.getStyle().set("word-break", "break-all").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout body = new VerticalLayout(help, upload, verdict, published);
        body.setPadding(false);
        dialog.add(body);
        Button close = new Button(getTranslation("referralUi.close"), e -> dialog.close());
        close.setId("tj-verify-close");
        dialog.getFooter().add(close);
        dialog.setWidth("36em");
        dialog.open();
    }

    private List<String> problems(org.tiaojie.documents.PackageCheck.Result r) {
        List<String> out = new ArrayList<>();
        for (BundlePackage.FileCheck f : r.files().files()) {
            if (f.verdict() != BundlePackage.Verdict.OK) {
                out.add(getTranslation("referralUi.verify." + f.verdict().name(), f.path()));
            }
        }
        r.files().unlisted().forEach(p -> out.add(getTranslation("referralUi.verify.UNLISTED", p)));
        for (org.tiaojie.documents.PackageCheck.Finding f : r.findings()) {
            if (f.problem() != org.tiaojie.documents.PackageCheck.Problem.FILE) {
                out.add(getTranslation("referralUi.verify." + f.problem().name(), f.path() == null ? "" : f.path()));
            }
        }
        return out;
    }
}
