package org.tiaojie.web.base;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.calendar.WorkingCalendar;

/**
 * A line above the lists and the dashboard while a year the clocks reach has no State Council
 * notice entered: deadlines in it count the law's provisional days off (按暂定节假日计算), and may
 * still move when the notice comes.
 */
public final class ProvisionalCalendarNote {

    private ProvisionalCalendarNote() {
    }

    /** The note, or empty when this year and the next are both announced. */
    public static Optional<Span> of(com.vaadin.flow.component.Component owner, WorkingCalendar calendar, LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + CalendarService.YEARS_AHEAD - 1; year++) {
            if (!calendar.covers(LocalDate.of(year, 1, 1))) {
                Span note = new Span(owner.getTranslation("clock.provisionalNote", String.valueOf(year)));
                note.setId("tj-provisional-note");
                note.getElement().getThemeList().add("badge contrast");
                note.getStyle().set("white-space", "normal");
                return Optional.of(note);
            }
        }
        return Optional.empty();
    }
}
