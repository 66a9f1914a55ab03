package org.tiaojie.casework.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.StaleForms;

/** The official working-day calendar: the administrator edits it; every clock reads it. */
@Service
public class CalendarService {

    private final CalendarDayRepository days;
    private final AtomicReference<WorkingCalendar> cached = new AtomicReference<>();

    CalendarService(CalendarDayRepository days) {
        this.days = days;
    }

    /** The calendar as stored now; kept in memory and refreshed after every change. */
    @Transactional(readOnly = true)
    public WorkingCalendar calendar() {
        WorkingCalendar current = cached.get();
        if (current == null) {
            Map<LocalDate, DayKind> map = new HashMap<>();
            days.findAllByOrderByDay().forEach(d -> map.put(d.getDay(), d.getKind()));
            current = new WorkingCalendar(map);
            cached.set(current);
        }
        return current;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarDayRow> daysOfYear(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(d -> new CalendarDayRow(d.getDay(), d.getKind(), d.getName(), d.getVersion())).toList();
    }

    /**
     * Adds a date, or changes it when {@code expectedVersion} is given (the version the form was
     * loaded with; a stale one is refused).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void save(LocalDate day, DayKind kind, String name, Long expectedVersion) {
        if (day == null) {
            throw new CaseworkException("calendar.day.required");
        }
        var existing = days.findById(day);
        if (expectedVersion == null) {
            if (existing.isPresent()) {
                throw new CaseworkException("calendar.day.exists", day);
            }
            days.save(new CalendarDay(day, kind, name));
        } else {
            CalendarDay stored = existing.orElseThrow(() -> new CaseworkException("shared.staleForm"));
            StaleForms.requireVersion(stored.getVersion(), expectedVersion);
            stored.update(kind, name);
            StaleForms.flush(days);
        }
        StaleForms.invalidate(cached);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(LocalDate day) {
        days.deleteById(day);
        StaleForms.invalidate(cached);
    }
}
