package org.tiaojie.casework.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;
import org.tiaojie.casework.shared.ReferenceData;
import org.tiaojie.casework.shared.StaleForms;

/**
 * The official working-day calendar: every clock reads it. A year is provisional — its days off
 * computed from the law ({@link StatutoryHolidays}) — until an administrator enters the State
 * Council's notice for it; entering or correcting days moves the clocks already running over them
 * (published as {@link CalendarChanged}, counted again after commit).
 */
@Service
public class CalendarService {

    /** How many years ahead the calendar always holds, at least provisionally. */
    public static final int YEARS_AHEAD = 2;
    /** From this month on, administrators are reminded daily until next year's notice is entered. */
    public static final Month REMIND_FROM = Month.NOVEMBER;

    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReferenceData.Cached<WorkingCalendar> cached;

    CalendarService(CalendarDayRepository days, CalendarYearRepository years, ReferenceData reference,
            ApplicationEventPublisher events, Clock clock) {
        this.days = days;
        this.years = years;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
        this.cached = reference.cache(() -> {
            Map<LocalDate, DayKind> map = new HashMap<>();
            days.findAllByOrderByDay().forEach(d -> map.put(d.getDay(), d.getKind()));
            Set<Integer> announced = years.findAll().stream().filter(CalendarYear::isAnnounced)
                    .map(CalendarYear::getYear).collect(Collectors.toSet());
            return new WorkingCalendar(map, announced);
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
                .map(d -> new CalendarDayRow(d.getDay(), d.getKind(), d.getName(), d.getVersion(), d.isProvisional()))
                .toList();
    }

    /** Whether the year's notice is entered, by whom and when, and what it holds. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CalendarYearRow year(int year) {
        List<CalendarDayRow> rows = daysOfYear(year);
        long holidays = rows.stream().filter(r -> r.kind() == DayKind.HOLIDAY).count();
        var stored = years.findById(year);
        return new CalendarYearRow(year, stored.map(CalendarYear::isAnnounced).orElse(false),
                stored.map(CalendarYear::getNotice).orElse(null), stored.map(CalendarYear::getEnteredAt).orElse(null),
                stored.map(CalendarYear::getEnteredBy).orElse(null), holidays, rows.size() - holidays);
    }

    /**
     * The year whose notice administrators should enter now: next year, from 1 November until it is
     * entered; empty otherwise.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> noticeDue() {
        return noticeDueOn(LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)));
    }

    /** As {@link #noticeDue()}, on a given day. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> noticeDueOn(LocalDate today) {
        int next = today.getYear() + 1;
        if (today.getMonth().compareTo(REMIND_FROM) < 0 || calendar().covers(LocalDate.of(next, 1, 1))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(next);
    }

    /**
     * Claims today's reminder for {@code year} (one node, once a day); true when the caller should
     * send it. Runs in the caller's transaction.
     */
    @Transactional
    public boolean claimReminder(int year) {
        return years.claimReminder(year, LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE))) == 1;
    }

    /**
     * Makes sure every year from this one to {@link #YEARS_AHEAD} ahead has its days off: a year with
     * neither a notice nor any day gets the provisional days of the law. Safe on several nodes at
     * once (the year's row is the claim). Returns the years filled in.
     */
    @Transactional
    public List<Integer> ensureProvisionalYears() {
        int thisYear = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)).getYear();
        List<Integer> filled = new java.util.ArrayList<>();
        for (int year = thisYear; year <= thisYear + YEARS_AHEAD; year++) {
            if (years.existsById(year) || !daysOfYearRaw(year).isEmpty()) {
                continue;
            }
            years.saveAndFlush(new CalendarYear(year));
            for (StatutoryHolidays.Day d : StatutoryHolidays.of(year)) {
                days.save(CalendarDay.provisional(d.date(), d.name()));
            }
            filled.add(year);
        }
        if (!filled.isEmpty()) {
            days.flush();
            reference.changed();
            LOG.info("calendar: provisional days off of the law entered for {}", filled);
            events.publishEvent(new CalendarChanged(LocalDate.of(filled.getFirst(), 1, 1),
                    CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, "calendar.cause.provisional", String.valueOf(filled.getFirst())),
                    null));
        }
        return filled;
    }

    /**
     * Enters the State Council's notice for a year: its days replace whatever the year held
     * (provisional days or earlier entries), the year counts as announced from now on, and every
     * clock counting over a day that changed is counted again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int enterNotice(int year, String notice, List<NoticeDay> entered) {
        String title = notice == null ? "" : notice.strip();
        if (title.isEmpty()) {
            throw new CaseworkException("calendar.notice.required");
        }
        if (title.length() > 200) {
            throw new CaseworkException("calendar.notice.tooLong", 200);
        }
        if (entered == null || entered.stream().noneMatch(d -> d.kind() == DayKind.HOLIDAY)) {
            throw new CaseworkException("calendar.notice.noHolidays", String.valueOf(year));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (NoticeDay d : entered) {
            if (d.day() == null || d.day().getYear() != year) {
                throw new CaseworkException("calendar.notice.otherYear", d.day() == null ? "?" : d.day(), String.valueOf(year));
            }
            if (!seen.add(d.day())) {
                throw new CaseworkException("calendar.notice.twice", d.day());
            }
        }
        List<CalendarDay> stored = daysOfYearRaw(year);
        Map<LocalDate, DayKind> before = kinds(stored);
        Map<LocalDate, CalendarDay> byDay = new HashMap<>();
        stored.forEach(d -> byDay.put(d.getDay(), d));
        List<CalendarDay> fresh = new java.util.ArrayList<>();
        for (NoticeDay d : entered) {
            CalendarDay day = byDay.remove(d.day());
            if (day == null) {
                day = days.save(new CalendarDay(d.day(), d.kind(), d.name()));
            } else {
                day.update(d.kind(), d.name());
            }
            fresh.add(day);
        }
        days.deleteAll(byDay.values());
        CalendarYear announced = years.findById(year).orElseGet(() -> years.save(new CalendarYear(year)));
        var user = CurrentUser.require();
        announced.announce(title, Instant.now(clock), user.displayName());
        StaleForms.flush(days);
        reference.changed();
        Map<LocalDate, DayKind> after = kinds(fresh);
        changedFrom(before, after).ifPresent(from -> events.publishEvent(new CalendarChanged(from, title, user.userId())));
        return fresh.size();
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
        DayKind was = existing.map(CalendarDay::getKind).orElse(null);
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
        if (was != kind) {
            events.publishEvent(new CalendarChanged(day, dayChanged(day), CurrentUser.require().userId()));
        }
    }

    private static String dayChanged(LocalDate day) {
        return CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, "calendar.cause.day", day.toString());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(LocalDate day) {
        boolean existed = days.existsById(day);
        days.deleteById(day);
        reference.changed();
        if (existed) {
            events.publishEvent(new CalendarChanged(day, dayChanged(day), CurrentUser.require().userId()));
        }
    }

    private List<CalendarDay> daysOfYearRaw(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Map<LocalDate, DayKind> kinds(List<CalendarDay> list) {
        Map<LocalDate, DayKind> map = new HashMap<>();
        list.forEach(d -> map.put(d.getDay(), d.getKind()));
        return map;
    }

    /** The first date whose kind differs between two versions of a year, if any. */
    static java.util.Optional<LocalDate> changedFrom(Map<LocalDate, DayKind> before, Map<LocalDate, DayKind> after) {
        TreeSet<LocalDate> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        return all.stream().filter(d -> before.get(d) != after.get(d)).findFirst();
    }
}
