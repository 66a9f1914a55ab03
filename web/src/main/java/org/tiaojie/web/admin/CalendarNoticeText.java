package org.tiaojie.web.admin;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tiaojie.casework.calendar.DayKind;
import org.tiaojie.casework.calendar.NoticeDay;

/**
 * The days of a State Council holiday notice as an administrator enters them: one date a line,
 * "日期,类型,名称" — the same columns as the calendar's own export (2027-02-05,HOLIDAY,春节 or
 * 2027-02-05,放假,春节; 2027-02-14,调休上班,春节调休上班). A heading line is skipped. Read with
 * Commons CSV; a line that cannot be read is refused with its number and what was wrong.
 */
final class CalendarNoticeText {

    /** A line that could not be read: its number (from 1) and the message key with its argument. */
    static final class Refused extends Exception {
        final int line;
        final String key;
        final String value;

        Refused(int line, String key, String value) {
            super(key);
            this.line = line;
            this.key = key;
            this.value = value;
        }
    }

    private static final Map<String, DayKind> KINDS = Map.ofEntries(
            Map.entry("holiday", DayKind.HOLIDAY), Map.entry("节假日", DayKind.HOLIDAY), Map.entry("放假", DayKind.HOLIDAY),
            Map.entry("休", DayKind.HOLIDAY), Map.entry("workday", DayKind.WORKDAY), Map.entry("调休上班", DayKind.WORKDAY),
            Map.entry("上班", DayKind.WORKDAY), Map.entry("班", DayKind.WORKDAY));

    private CalendarNoticeText() {
    }

    static List<NoticeDay> parse(String text) throws Refused {
        List<NoticeDay> days = new ArrayList<>();
        String body = text == null ? "" : text.replace("\uFEFF", "").replace('，', ',');
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(body))) {
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                String first = record.get(0);
                if (first.isEmpty() || (line == 1 && !Character.isDigit(first.charAt(0)))) {
                    continue; // heading
                }
                if (record.size() < 3 || record.get(2).isEmpty()) {
                    throw new Refused(line, "calendar.noticeUi.columns", first);
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(first.replace('/', '-'));
                } catch (DateTimeParseException e) {
                    throw new Refused(line, "calendar.noticeUi.badDate", first);
                }
                DayKind kind = KINDS.get(record.get(1).toLowerCase(Locale.ROOT));
                if (kind == null) {
                    throw new Refused(line, "calendar.noticeUi.badKind", record.get(1));
                }
                days.add(new NoticeDay(day, kind, record.get(2)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Refused(0, "calendar.noticeUi.unreadable", "");
        }
        return days;
    }
}
