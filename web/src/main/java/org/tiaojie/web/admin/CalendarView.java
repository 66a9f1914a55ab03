package org.tiaojie.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarDayRow;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.calendar.CalendarYearRow;
import org.tiaojie.casework.calendar.DayKind;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.MainLayout;

/**
 * 工作日历: the public holidays and make-up workdays of each year, as the State Council announces
 * them. Every deadline counts working days from this calendar. A year whose notice is not entered
 * yet holds the law's provisional days off (暂定); 录入国务院通知 replaces them, and from 1 November
 * the screen opens on next year with a reminder until its notice is in.
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendar;
    private final Grid<CalendarDayRow> grid = new Grid<>(CalendarDayRow.class, false);
    private final Select<Integer> year = new Select<>();
    private final Span summary = new Span();
    private final Span status = new Span();

    public CalendarView(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        addClassName("tj-page");
        setSizeFull();
        int thisYear = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)).getYear();
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 2, thisYear + CalendarService.YEARS_AHEAD).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(calendar.noticeDue().orElse(thisYear));
        year.addValueChangeListener(e -> refresh());
        year.setId("tj-year");

        grid.setId("tj-calendar");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> Labels.date(r.day())).setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        grid.addColumn(r -> r.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("calendar.weekday")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(this, r.kind())).setHeader(getTranslation("calendar.kind"));
        grid.addColumn(CalendarDayRow::name).setHeader(getTranslation("calendar.name")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.provisional() ? "calendar.provisionalDay" : "calendar.noticeDay"))
                .setHeader(getTranslation("calendar.source")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete(r));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));

        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("tj-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button notice = new Button(getTranslation("calendar.enterNotice"), VaadinIcon.FILE_TEXT_O.create(),
                e -> CalendarNoticeDialog.open(calendar, year.getValue(), this::refresh));
        notice.setId("tj-enter-notice");
        summary.addClassName("tj-muted");
        status.setId("tj-calendar-status");
        HorizontalLayout bar = new HorizontalLayout(year, add, notice, summary);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        calendar.noticeDue().ifPresent(due -> {
            Span reminder = new Span(getTranslation("calendar.reminder", String.valueOf(due)));
            reminder.setId("tj-calendar-reminder");
            reminder.getElement().getThemeList().add("badge warning");
            reminder.getStyle().set("white-space", "normal");
            add(reminder);
        });
        add(bar, status, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        List<CalendarDayRow> rows = calendar.daysOfYear(year.getValue());
        grid.setItems(rows);
        long holidays = rows.stream().filter(r -> r.kind() == DayKind.HOLIDAY).count();
        long workdays = rows.size() - holidays;
        summary.setText(rows.isEmpty() ? getTranslation("calendar.empty", String.valueOf(year.getValue()))
                : getTranslation("calendar.summary", holidays, workdays));
        CalendarYearRow y = calendar.year(year.getValue());
        status.setText(y.announced()
                ? getTranslation("calendar.announced", y.notice(), y.enteredByName(), Labels.dateTime(y.enteredAt()))
                : getTranslation("calendar.provisional", String.valueOf(y.year())));
        status.getElement().getThemeList().set("badge", true);
        status.getElement().getThemeList().set("success", y.announced());
        status.getElement().getThemeList().set("contrast", !y.announced());
        status.getStyle().set("white-space", "normal");
    }

    private void edit(CalendarDayRow row) {
        DatePicker date = new DatePicker(getTranslation("calendar.date"));
        date.setRequiredIndicatorVisible(true);
        ComboBox<DayKind> kind = new ComboBox<>(getTranslation("calendar.kind"), DayKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("calendar.name"));
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("calendar.nameHelp"));
        if (row != null) {
            date.setValue(row.day());
            date.setReadOnly(true);
            kind.setValue(row.kind());
            name.setValue(row.name());
        } else {
            date.setInitialPosition(LocalDate.of(year.getValue(), 1, 1));
        }
        FormDialog dialog = new FormDialog(getTranslation(row == null ? "calendar.add" : "calendar.edit"),
                () -> calendar.save(date.getValue(), kind.getValue(), name.getValue(), row == null ? null : row.version()),
                this::refresh);
        dialog.addFields(date, kind, name);
        dialog.open();
        (row == null ? date : kind).focus();
    }

    private void confirmDelete(CalendarDayRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("calendar.deleteTitle"));
        confirm.setText(getTranslation("calendar.deleteText", Labels.date(row.day()), row.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            calendar.delete(row.day());
            refresh();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.calendar");
    }
}
