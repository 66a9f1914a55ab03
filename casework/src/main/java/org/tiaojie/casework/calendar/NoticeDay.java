package org.tiaojie.casework.calendar;

import java.time.LocalDate;

/** One line of a State Council holiday notice as entered: a day off, or a weekend worked (调休上班). */
public record NoticeDay(LocalDate day, DayKind kind, String name) {
}
