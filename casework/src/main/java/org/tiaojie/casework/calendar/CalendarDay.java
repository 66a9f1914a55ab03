package org.tiaojie.casework.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * One date of the State Council's holiday arrangement, or of the law's provisional days off for a
 * year whose notice is not entered yet. Dates not listed follow Monday–Friday.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "cal_date", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private DayKind kind;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    /** Computed from the law while the year's notice is not entered (see {@link StatutoryHolidays}). */
    @Column(name = "provisional", nullable = false)
    private boolean provisional;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CalendarDay() {
    }

    static CalendarDay provisional(LocalDate day, String name) {
        CalendarDay d = new CalendarDay(day, DayKind.HOLIDAY, name);
        d.provisional = true;
        return d;
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        if (day == null) {
            throw new CaseworkException("calendar.day.required");
        }
        this.day = day;
        update(kind, name);
    }

    public final void update(DayKind kind, String name) {
        if (kind == null) {
            throw new CaseworkException("calendar.kind.required");
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            throw new CaseworkException("calendar.workday.notWeekend", day);
        }
        if (name == null || name.isBlank()) {
            throw new CaseworkException("calendar.name.required");
        }
        if (name.strip().length() > 50) {
            throw new CaseworkException("calendar.name.tooLong", 50);
        }
        this.kind = kind;
        this.name = name.strip();
        this.provisional = false;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarDay other && Objects.equals(day, other.day);
    }

    @Override
    public int hashCode() {
        return CalendarDay.class.hashCode();
    }
}
