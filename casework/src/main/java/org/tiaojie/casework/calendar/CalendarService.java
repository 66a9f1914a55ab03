package org.tiaojie.casework.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.ReferenceData;
import org.tiaojie.casework.shared.StaleForms;

/** The official working-day calendar: the administrator edits it; every clock reads it. */
@Service
public class CalendarService {

    private final CalendarDayRepository days;
    private final ReferenceData reference;
    private final ReferenceData.Cached<WorkingCalendar> cached;

    CalendarService(CalendarDayRepository days, ReferenceData reference) {
        this.days = days;
        this.reference = reference;
        this.cached = reference.cache(() -> {
            Map<LocalDate, DayKind> map = new HashMap<>();
            days.findAllByOrderByDay().forEach(d -> map.put(d.getDay(), d.getKind()));
            return new WorkingCalendar(map);
        });
    }

    /** The calendar as stored now; kept in memory and built again after every change, on any node. */
    @Transactional(readOnly = true)
    public WorkingCalendar calendar() {
        return cached.get();
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
        reference.changed();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(LocalDate day) {
        days.deleteById(day);
        reference.changed();
    }
}
