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

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(CaseworkConfiguration.ZONE));
    }
}
