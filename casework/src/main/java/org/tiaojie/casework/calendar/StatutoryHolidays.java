package org.tiaojie.casework.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays a year must have by law, before the State Council announces how they are
 * arranged: 全国年节及纪念日放假办法 (as revised by 国务院令第798号, 2024-11-10, in force from 2025),
 * Art. 2 — 元旦 1 day, 春节 4 (除夕 and 正月初一 to 初三), 清明 1 (the day of the solar term),
 * 劳动节 2 (5-1, 5-2), 端午 1 (五月初五), 中秋 1 (八月十五), 国庆 3 (10-1 to 10-3); Art. 6 — a holiday
 * that falls on a Saturday or Sunday is made up on a working day (补假), here the first weekday after
 * its festival that is not itself a holiday.
 *
 * <p>What the yearly notice adds — which weekends become 调休 working days to join holidays into
 * longer breaks — cannot be known in advance; these days are therefore stored as provisional
 * (暂定) until an administrator enters the notice. Lunar dates and solar terms come from the
 * {@code cn.6tail:lunar} library.
 */
public final class StatutoryHolidays {

    /** One provisional day off with the festival it belongs to. */
    public record Day(LocalDate date, String name) {
    }

    private StatutoryHolidays() {
    }

    /** The provisional holidays of {@code year}, in date order; make-up days carry their festival's name. */
    public static List<Day> of(int year) {
        Map<String, List<LocalDate>> festivals = new java.util.LinkedHashMap<>();
        festivals.put("元旦", List.of(LocalDate.of(year, 1, 1)));
        LocalDate springFestival = local(Lunar.fromYmd(year, 1, 1).getSolar());
        festivals.put("春节", List.of(springFestival.minusDays(1), springFestival, springFestival.plusDays(1),
                springFestival.plusDays(2)));
        festivals.put("清明节", List.of(local(Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable().get("清明"))));
        festivals.put("劳动节", List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2)));
        festivals.put("端午节", List.of(local(Lunar.fromYmd(year, 5, 5).getSolar())));
        festivals.put("中秋节", List.of(local(Lunar.fromYmd(year, 8, 15).getSolar())));
        festivals.put("国庆节", List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3)));

        TreeMap<LocalDate, String> days = new TreeMap<>();
        festivals.forEach((name, dates) -> dates.forEach(d -> days.merge(d, name, (a, b) -> a + "、" + b)));
        // Art. 6: each festival day on a weekend is made up on the next weekday that is free of holidays
        List<Map.Entry<String, List<LocalDate>>> inOrder = new ArrayList<>(festivals.entrySet());
        inOrder.sort(java.util.Comparator.comparing(e -> e.getValue().getFirst()));
        for (var festival : inOrder) {
            long onWeekend = festival.getValue().stream().filter(StatutoryHolidays::weekend).count();
            LocalDate d = festival.getValue().getLast();
            for (long i = 0; i < onWeekend; i++) {
                do {
                    d = d.plusDays(1);
                } while (weekend(d) || days.containsKey(d));
                days.put(d, festival.getKey() + "补假");
            }
        }
        List<Day> result = new ArrayList<>();
        days.forEach((date, name) -> {
            if (date.getYear() == year) {
                result.add(new Day(date, name));
            }
        });
        return result;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate local(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
