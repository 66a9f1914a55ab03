package org.tiaojie.web.admin;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.tiaojie.casework.calendar.CalendarDayRow;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.UploadTexts;

/**
 * 录入国务院通知: the notice's title and its days, typed, pasted or read from a CSV file; they replace
 * what the year held (its provisional days), and running clocks are counted again after saving.
 * The text starts with the year's current days, so a correction is an edit of what is there.
 */
final class CalendarNoticeDialog {

    private CalendarNoticeDialog() {
    }

    static void open(CalendarService calendar, int year, Runnable afterSave) {
        TextField notice = new TextField();
        TextArea days = new TextArea();
        FormDialog dialog = new FormDialog(notice.getTranslation("calendar.noticeUi.title", String.valueOf(year)),
                notice.getTranslation("calendar.noticeUi.save"), () -> {
                    try {
                        calendar.enterNotice(year, notice.getValue(), CalendarNoticeText.parse(days.getValue()));
                    } catch (CalendarNoticeText.Refused r) {
                        days.setInvalid(true);
                        days.setErrorMessage(days.getTranslation("calendar.noticeUi.line", r.line,
                                days.getTranslation(r.key, r.value)));
                        throw new CaseworkException("calendar.notice.unreadable", r.line);
                    }
                }, afterSave);
        notice.setLabel(notice.getTranslation("calendar.noticeUi.notice"));
        notice.setPlaceholder(notice.getTranslation("calendar.noticeUi.noticeExample", String.valueOf(year)));
        notice.setRequiredIndicatorVisible(true);
        notice.setWidthFull();
        notice.setId("tj-notice-title");
        days.setLabel(notice.getTranslation("calendar.noticeUi.days"));
        days.setHelperText(notice.getTranslation("calendar.noticeUi.daysHelp"));
        days.setRequiredIndicatorVisible(true);
        days.setWidthFull();
        days.setMinHeight("14em");
        days.setId("tj-notice-days");
        days.setValue(calendar.daysOfYear(year).stream().map(CalendarNoticeDialog::line)
                .collect(Collectors.joining("\n", notice.getTranslation("calendar.noticeUi.header") + "\n", "")));
        days.addValueChangeListener(e -> days.setInvalid(false));
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> days.getUI().ifPresent(ui -> ui.access(
                () -> days.setValue(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setI18n(UploadTexts.of(days));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(256 * 1024);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setId("tj-notice-upload");
        Span provisional = new Span(notice.getTranslation("calendar.noticeUi.replaces", String.valueOf(year)));
        provisional.addClassName("tj-muted");
        dialog.addFields(notice, days, upload, provisional);
        dialog.setWidth("48em");
        dialog.open();
        notice.focus();
    }

    private static String line(CalendarDayRow r) {
        return r.day() + "," + r.kind().name() + "," + r.name();
    }
}
