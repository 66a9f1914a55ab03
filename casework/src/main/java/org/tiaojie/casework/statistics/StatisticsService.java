package org.tiaojie.casework.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * The supervisor's dashboard (docs/DOMAIN.md, "Figures"), counted by the database from the
 * {@link Figure} definitions: one grouped pass over the period's registrations and one over its
 * closures, both by month, category, tier and part of the area, read through the (district, time)
 * indexes; one count for each figure of now or of an event. No dispute is loaded into memory. Every
 * figure lists its disputes, a page at a time, through the same condition it was counted by.
 */
@Service
public class StatisticsService {

    /** The longest period a dashboard covers. */
    static final int MAX_MONTHS = 36;

    private static final List<Figure> REGISTERED = figures(Figure.Basis.REGISTERED);
    private static final List<Figure> CLOSED = figures(Figure.Basis.CLOSED);

    private final EntityManager em;
    private final Clock clock;

    StatisticsService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    private static List<Figure> figures(Figure.Basis basis) {
        return java.util.Arrays.stream(Figure.values()).filter(f -> f.basis() == basis).toList();
    }

    /** The user's area, refused for a court (courts have no dashboard). */
    private static AreaScope scope() {
        AreaScope scope = CurrentUser.require().area();
        scope.part();
        return scope;
    }

    /** Refuses a period without both days, ending before it starts, or longer than {@value #MAX_MONTHS} months. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new CaseworkException("statistics.period.required");
        }
        if (to.isBefore(from)) {
            throw new CaseworkException("statistics.period.order");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new CaseworkException("statistics.period.tooLong", MAX_MONTHS);
        }
    }

    private FigureSql.Period period(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return new FigureSql.Period(from, to, LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)));
    }

    /** The dashboard of the user's area for the days {@code from} to {@code to}, both included. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public Dashboard dashboard(LocalDate from, LocalDate to) {
        FigureSql.Period period = period(from, to);
        AreaScope scope = scope();
        Map<Long, Long> topCategory = new HashMap<>();
        Map<Long, String> categoryNames = new HashMap<>();
        for (Object[] c : em.createQuery("select c.id, coalesce(p.id, c.id), coalesce(p.name, c.name)"
                + " from DisputeCategory c left join c.parent p", Object[].class).getResultList()) {
            topCategory.put((Long) c[0], (Long) c[1]);
            categoryNames.put((Long) c[1], (String) c[2]);
        }
        Lines lines = new Lines(from, to, topCategory);
        Map<Figure, Long> counts = new EnumMap<>(Figure.class);
        grouped(scope, period, REGISTERED, null, lines, counts);
        long days = grouped(scope, period, CLOSED, "case when " + Figure.CLOSED_TIMED.condition()
                + " then coalesce(d.days_to_close, 0) else 0 end", lines, counts);
        for (Figure f : Figure.values()) {
            if (!f.grouped()) {
                counts.put(f, count(scope, f, null, period));
            }
        }
        Map<String, String> areaNames = areaNames(scope, lines.areas.keySet());
        return new Dashboard(from, to, new Kpis(counts, days), List.copyOf(lines.months.values()),
                named(lines.categories, k -> categoryNames.getOrDefault(Long.valueOf(k), k)),
                List.copyOf(lines.tiers.values()), named(lines.areas, k -> areaNames.getOrDefault(k, k)));
    }

    /**
     * One grouped pass over the disputes of a basis (registered or closed in the period): each
     * figure's count by month, category, tier and part of the area, added to the lines and the
     * totals; with {@code extra}, also its sum, returned.
     */
    private long grouped(AreaScope scope, FigureSql.Period period, List<Figure> figures, String extra, Lines lines,
            Map<Figure, Long> totals) {
        Map<String, Object> params = new HashMap<>();
        Figure basis = figures.getFirst();
        String time = basis.basis().time();
        StringBuilder inner = new StringBuilder("select " + FigureSql.month(time) + " ym, d.category_id, d.tier, d."
                + scope.part().column() + " area");
        StringBuilder outer = new StringBuilder("select ym, category_id, tier, area");
        for (int i = 0; i < figures.size(); i++) {
            String condition = figures.get(i).condition();
            inner.append(", ").append(condition == null ? "1" : "case when " + condition + " then 1 else 0 end")
                    .append(" f").append(i);
            outer.append(", sum(f").append(i).append(')');
        }
        if (extra != null) {
            inner.append(", ").append(extra).append(" extra");
            outer.append(", sum(extra)");
        }
        String sql = outer + " from (" + inner + " from dispute d where "
                + FigureSql.where(scope, basis, null, period, params) + ") x group by ym, category_id, tier, area";
        long extraSum = 0;
        for (Object o : FigureSql.bind(em.createNativeQuery(sql), params).getResultList()) {
            Object[] r = (Object[]) o;
            Map<Figure, Long> line = new EnumMap<>(Figure.class);
            for (int i = 0; i < figures.size(); i++) {
                line.put(figures.get(i), num(r[4 + i]));
                totals.merge(figures.get(i), num(r[4 + i]), Long::sum);
            }
            if (extra != null) {
                extraSum += num(r[4 + figures.size()]);
            }
            lines.add(r, line);
        }
        return extraSum;
    }

    /** The breakdown lines a dashboard collects from its grouped passes. */
    private static final class Lines {
        final Map<String, Breakdown> months = new LinkedHashMap<>();
        final Map<String, Breakdown> categories = new LinkedHashMap<>();
        final Map<String, Breakdown> tiers = new LinkedHashMap<>();
        final Map<String, Breakdown> areas = new LinkedHashMap<>();
        final Map<Long, Long> topCategory;

        Lines(LocalDate from, LocalDate to, Map<Long, Long> topCategory) {
            this.topCategory = topCategory;
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                months.put(m.toString(), Breakdown.of(m.toString(), Map.of()));
            }
        }

        void add(Object[] r, Map<Figure, Long> counts) {
            long ym = num(r[0]);
            String month = String.format("%04d-%02d", ym / 100, ym % 100);
            String category = String.valueOf(topCategory.getOrDefault(num(r[1]), num(r[1])));
            String tier = r[2] == null ? "NONE" : r[2].toString();
            String area = r[3] == null ? "" : String.valueOf(num(r[3]));
            months.merge(month, Breakdown.of(month, counts), Breakdown::plus);
            categories.merge(category, Breakdown.of(category, counts), Breakdown::plus);
            tiers.merge(tier, Breakdown.of(tier, counts), Breakdown::plus);
            areas.merge(area, Breakdown.of(area, counts), Breakdown::plus);
        }
    }

    /** Lines with their names, most registrations first. */
    private static List<Breakdown> named(Map<String, Breakdown> lines, Function<String, String> name) {
        List<Breakdown> out = new ArrayList<>();
        for (Breakdown b : lines.values()) {
            out.add(b.labelled(name.apply(b.key())));
        }
        out.sort(Comparator.comparingLong(Breakdown::intake).reversed().thenComparing(Breakdown::label));
        return out;
    }

    private Map<String, String> areaNames(AreaScope scope, java.util.Collection<String> keys) {
        List<Long> ids = keys.stream().filter(k -> !k.isEmpty()).map(Long::valueOf).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (Object[] r : em.createQuery("select x.id, x.name from " + scope.part().entity() + " x where x.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            names.put(String.valueOf(r[0]), (String) r[1]);
        }
        return names;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    // ---------------------------------------------------------------- drill-down

    /** The disputes behind a figure (and a breakdown line, if given), newest first (overdue: most overdue first). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<DisputeRow> disputes(Figure figure, Slice slice, LocalDate from, LocalDate to, int offset, int limit) {
        FigureSql.Period period = period(from, to);
        Map<String, Object> params = new HashMap<>();
        String sql = "select d.id from dispute d where " + FigureSql.where(scope(), figure, slice, period, params)
                + " order by " + FigureSql.order(figure);
        Query ids = FigureSql.bind(em.createNativeQuery(sql), params).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 500)));
        List<Long> page = ids.getResultList().stream().map(StatisticsService::num).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, DisputeRow> byId = new HashMap<>();
        em.createQuery(DisputeRow.SELECT + " where d.id in :ids", DisputeRow.class).setParameter("ids", page)
                .getResultList().forEach(r -> byId.put(r.id(), r));
        return page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** How many disputes a figure (narrowed by a breakdown line, if given) counts: as many as it lists. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public long count(Figure figure, Slice slice, LocalDate from, LocalDate to) {
        return count(scope(), figure, slice, period(from, to));
    }

    private long count(AreaScope scope, Figure figure, Slice slice, FigureSql.Period period) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select count(*) from dispute d where " + FigureSql.where(scope, figure, slice, period, params);
        return num(FigureSql.bind(em.createNativeQuery(sql), params).getSingleResult());
    }
}
