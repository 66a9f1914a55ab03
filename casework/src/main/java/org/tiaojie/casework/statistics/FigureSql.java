package org.tiaojie.casework.statistics;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Pattern;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * Turns a {@link Figure} into SQL: the condition that selects its disputes in an area and a period,
 * narrowed by a breakdown line, with the parameters it uses; and its count in a grouped pass. The
 * dashboard, the drill-down and the rankings use nothing else to decide what a figure counts.
 */
final class FigureSql {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)");

    /** A period of days, both included, as the user asked for it, and today. */
    record Period(LocalDate from, LocalDate to, LocalDate today) {

        Instant start() {
            return instant(from);
        }

        Instant end() {
            return instant(to.plusDays(1));
        }
    }

    private FigureSql() {
    }

    static Instant instant(LocalDate day) {
        return day.atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
    }

    /** Year and month of a stored UTC time in Beijing, as yyyymm, in SQL that H2 and MySQL/MariaDB share. */
    static String month(String column) {
        return "(year(timestampadd(hour, 8, " + column + ")) * 100 + month(timestampadd(hour, 8, " + column + ")))";
    }

    /**
     * The condition (without {@code where}) on {@code dispute d} for a figure's disputes in the
     * area and period, narrowed by {@code slice} if given; its parameters are added to {@code params}.
     */
    static String where(AreaScope scope, Figure figure, Slice slice, Period period, Map<String, Object> params) {
        AreaScope.Condition area = scope.districtRows("d");
        area.into(params);
        StringBuilder sb = new StringBuilder(area.text());
        String time = figure.basis().time();
        if (time != null) {
            sb.append(" and ").append(time).append(" >= :start and ").append(time).append(" < :end");
        }
        if (figure.condition() != null) {
            sb.append(" and (").append(figure.condition()).append(')');
        }
        if (slice != null && slice.key() != null) {
            sb.append(" and ").append(narrow(scope, figure, slice, params));
        }
        String sql = sb.toString();
        bindPeriod(sql, period, params);
        return sql;
    }

    /** {@code sum(…)} of a figure's condition over the rows of a grouped pass (its basis already applied). */
    static String count(Figure figure) {
        return figure.condition() == null ? "count(*)" : "sum(case when " + figure.condition() + " then 1 else 0 end)";
    }

    /** The parameters of the period that a statement uses, so none is bound that it does not name. */
    static void bindPeriod(String sql, Period period, Map<String, Object> params) {
        var m = PARAMETER.matcher(sql);
        while (m.find()) {
            switch (m.group(1)) {
                case "start" -> params.put("start", period.start());
                case "end" -> params.put("end", period.end());
                case "fromDay" -> params.put("fromDay", period.from());
                case "toDay" -> params.put("toDay", period.to());
                case "today" -> params.put("today", period.today());
                default -> {
                    // the area's and the slice's own, already bound
                }
            }
        }
    }

    static <Q extends Query> Q bind(Q query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * Newest first, in the order of the index the figure is read on, so a page is read, not sorted:
     * the closure or registration time, the queue's due day for what is overdue.
     */
    static String order(Figure figure) {
        if (figure == Figure.OVERDUE) {
            return "d.queue_due, d.id";
        }
        return (figure.basis() == Figure.Basis.CLOSED ? "d.closed_at" : "d.registered_at") + " desc, d.id desc";
    }

    private static String narrow(AreaScope scope, Figure figure, Slice slice, Map<String, Object> params) {
        return switch (slice.dimension()) {
            case MONTH -> {
                String time = figure.basis().time();
                if (time == null) {
                    throw new IllegalArgumentException(figure + " has no month");
                }
                YearMonth m = YearMonth.parse(slice.key());
                params.put("monthStart", instant(m.atDay(1)));
                params.put("monthEnd", instant(m.plusMonths(1).atDay(1)));
                yield time + " >= :monthStart and " + time + " < :monthEnd";
            }
            case CATEGORY -> {
                params.put("category", Long.valueOf(slice.key()));
                yield "(d.category_id = :category or d.category_id in"
                        + " (select k.id from dispute_category k where k.parent_id = :category))";
            }
            case TIER -> {
                if ("NONE".equals(slice.key())) {
                    yield "d.tier is null";
                }
                params.put("tier", Tier.valueOf(slice.key()).name());
                yield "d.tier = :tier";
            }
            case AREA -> {
                params.put("part", Long.valueOf(slice.key()));
                yield "d." + scope.part().column() + " = :part";
            }
        };
    }
}
