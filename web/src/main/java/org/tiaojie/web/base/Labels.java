package org.tiaojie.web.base;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkMessages;

/** Labels for domain values and dates in the viewer's language. */
public final class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Labels() {
    }

    public static String of(Component c, Enum<?> value) {
        return value == null ? "" : c.getTranslation(CaseworkMessages.enumKey(value));
    }

    /** "a（b）" in Chinese, "a (b)" in English. */
    public static String withNote(Component c, String text, String note) {
        return note == null || note.isBlank() ? text : c.getTranslation("format.withNote", text, note);
    }

    /** Items joined with 、 in Chinese, with commas in English. */
    public static String list(Component c, java.util.stream.Stream<String> items) {
        return items.collect(java.util.stream.Collectors.joining(c.getTranslation("format.listSeparator")));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An instant as Beijing local time, for date-time pickers. */
    public static java.time.LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(CaseworkConfiguration.ZONE).toLocalDateTime();
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(CaseworkConfiguration.ZONE));
    }
}
