package org.tiaojie.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.calendar.DayKind;
import org.tiaojie.casework.calendar.NoticeDay;

/** The days of a holiday notice as an administrator types, pastes or uploads them. */
class CalendarNoticeTextTest {

    @Test
    void readsTheCalendarsOwnColumnsWithChineseOrCodedKindsAndSkipsTheHeading() throws Exception {
        var days = CalendarNoticeText.parse("""
                \uFEFF日期,类型,名称
                2027-01-01,放假,元旦

                2027-02-14，调休上班，春节调休上班
                2027/02/05,HOLIDAY,春节
                """);
        assertThat(days).containsExactly(new NoticeDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
                new NoticeDay(LocalDate.of(2027, 2, 14), DayKind.WORKDAY, "春节调休上班"),
                new NoticeDay(LocalDate.of(2027, 2, 5), DayKind.HOLIDAY, "春节"));
    }

    @Test
    void aLineThatCannotBeReadIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> CalendarNoticeText.parse("date,kind,name\n2027-01-01,放假,元旦\n2027-13-01,放假,错"))
                .isInstanceOfSatisfying(CalendarNoticeText.Refused.class, r -> {
                    assertThat(r.line).isEqualTo(3);
                    assertThat(r.key).isEqualTo("calendar.noticeUi.badDate");
                    assertThat(r.value).isEqualTo("2027-13-01");
                });
        assertThatThrownBy(() -> CalendarNoticeText.parse("2027-01-01,休息日,元旦"))
                .isInstanceOfSatisfying(CalendarNoticeText.Refused.class, r -> assertThat(r.key)
                        .isEqualTo("calendar.noticeUi.badKind"));
        assertThatThrownBy(() -> CalendarNoticeText.parse("2027-01-01,放假"))
                .isInstanceOfSatisfying(CalendarNoticeText.Refused.class, r -> assertThat(r.key)
                        .isEqualTo("calendar.noticeUi.columns"));
    }
}
