package org.tiaojie.casework.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeRow;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * The supervisor's dashboard (docs/DOMAIN.md, Figures supervisors expect), counted by the database: one
 * grouped pass over the period's registrations and one over its closures, both by month, category,
 * tier and part of the area, read through the (district, time) indexes; a few small counts for
 * return visits, court referrals, agreement terms and what is overdue now. No dispute is loaded
 * into memory. Every figure can be listed as its disputes, a page at a time.
 */
@Service
public class StatisticsService {

    /** A breakdown line to narrow a drill-down to: {@code dimension} is month, category, tier or area. */
    public record Slice(String dimension, String key) {
    }

    /** The longest period a dashboard covers. */
    static final int MAX_MONTHS = 36;

    private final EntityManager em;
    private final Clock clock;

    StatisticsService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
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

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
    }

    /** Year and month of a stored UTC time in Beijing, as yyyymm, in SQL that H2 and MySQL/MariaDB share. */
    private static String month(String column) {
        return "(year(timestampadd(hour, 8, " + column + ")) * 100 + month(timestampadd(hour, 8, " + column + ")))";
    }

    /** The dashboard of the user's area for the days {@code from} to {@code to}, both included. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public Dashboard dashboard(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        AreaScope scope = scope();
        Instant start = start(from);
        Instant end = start(to.plusDays(1));
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));

        // registrations of the period and what became of them, grouped
        Query registered = em.createNativeQuery("select ym, category_id, tier, area, count(*), sum(n_acc), sum(n_dec),"
                + " sum(n_agr), sum(n_fail), sum(n_rep) from (select " + month("d.registered_at") + " ym, d.category_id,"
                + " d.tier, d." + scope.part().column() + " area,"
                + " case when d.state not in ('REGISTERED', 'REJECTED', 'TRANSFERRED') then 1 else 0 end n_acc,"
                + " case when d.state <> 'REGISTERED' then 1 else 0 end n_dec,"
                + " case when d.closure_type = 'AGREEMENT' or d.state = 'AGREED' then 1 else 0 end n_agr,"
                + " case when d.closure_type in ('GUIDED_TO_LITIGATION', 'COURT_OUTCOME')"
                + "   or d.state in ('FAILED', 'REFERRED_TO_COURT') then 1 else 0 end n_fail,"
                + " case when d.contact_count > 0 then 1 else 0 end n_rep"
                + " from dispute d where " + scope.districtRows("d") + " and d.registered_at >= :start and d.registered_at < :end) x"
                + " group by ym, category_id, tier, area");
        scope.districtRows("d").bind(registered);
        registered.setParameter("start", start).setParameter("end", end);
        // closures of the period and their timeliness, grouped
        Query closed = em.createNativeQuery("select ym, category_id, tier, area, count(*), sum(n_ontime), sum(n_timed),"
                + " sum(n_days) from (select " + month("d.closed_at") + " ym, d.category_id, d.tier, d." + scope.part().column()
                + " area, case when d.closed_on_time = true then 1 else 0 end n_ontime,"
                + " case when d.closed_on_time is not null then 1 else 0 end n_timed,"
                + " case when d.closed_on_time is not null then coalesce(d.days_to_close, 0) else 0 end n_days"
                + " from dispute d where " + scope.districtRows("d") + " and d.closed_at >= :start and d.closed_at < :end) x"
                + " group by ym, category_id, tier, area");
        scope.districtRows("d").bind(closed);
        closed.setParameter("start", start).setParameter("end", end);

        Map<Long, Long> topCategory = new HashMap<>();
        Map<Long, String> categoryNames = new HashMap<>();
        for (Object[] c : em.createQuery("select c.id, coalesce(p.id, c.id), coalesce(p.name, c.name)"
                + " from DisputeCategory c left join c.parent p", Object[].class).getResultList()) {
            topCategory.put((Long) c[0], (Long) c[1]);
            categoryNames.put((Long) c[1], (String) c[2]);
        }
        Map<String, Breakdown> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m.toString(), new Breakdown(m.toString(), m.toString(), 0, 0, 0, 0, 0, 0));
        }
        Map<String, Breakdown> categories = new LinkedHashMap<>();
        Map<String, Breakdown> tiers = new LinkedHashMap<>();
        Map<String, Breakdown> areas = new LinkedHashMap<>();
        long intake = 0, accepted = 0, decided = 0, agreed = 0, concluded = 0, repeats = 0;
        long closures = 0, onTime = 0, timed = 0, days = 0;
        for (Object o : registered.getResultList()) {
            Object[] r = (Object[]) o;
            long n = num(r[4]);
            intake += n;
            accepted += num(r[5]);
            decided += num(r[6]);
            agreed += num(r[7]);
            concluded += num(r[7]) + num(r[8]);
            repeats += num(r[9]);
            Breakdown b = new Breakdown(null, null, n, num(r[7]), num(r[7]) + num(r[8]), 0, 0, 0);
            add(months, categories, tiers, areas, r, b, topCategory);
        }
        for (Object o : closed.getResultList()) {
            Object[] r = (Object[]) o;
            closures += num(r[4]);
            onTime += num(r[5]);
            timed += num(r[6]);
            days += num(r[7]);
            Breakdown b = new Breakdown(null, null, 0, 0, 0, num(r[4]), num(r[5]), num(r[6]));
            add(months, categories, tiers, areas, r, b, topCategory);
        }

        Query visitQuery = em.createNativeQuery("""
                select count(*), coalesce(sum(case when v.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')
                  then 1 else 0 end), 0)
                from return_visit v join dispute d on d.id = v.dispute_id
                where v.visited_on >= :from and v.visited_on <= :to and\s""" + scope.districtRows("d"));
        scope.districtRows("d").bind(visitQuery);
        Object[] visits = (Object[]) visitQuery.setParameter("from", from).setParameter("to", to).getSingleResult();
        long referrals = count("""
                select count(*) from court_referral r join dispute d on d.id = r.dispute_id
                where r.sent_at >= :start and r.sent_at < :end and r.kind = 'CASE_TRANSFER' and\s""", scope, start, end);
        long confirmations = count("""
                select count(*) from court_referral r join dispute d on d.id = r.dispute_id
                where r.decided_at >= :start and r.decided_at < :end and r.outcome = 'CONFIRMED_VALID' and\s""",
                scope, start, end);
        LocalDate termsTo = to.isAfter(today) ? today : to;
        Query termQuery = em.createNativeQuery("""
                select count(*), coalesce(sum(case when t.performance = 'PERFORMED' then 1 else 0 end), 0)
                from agreement_term t join agreement a on a.id = t.agreement_id join dispute d on d.id = a.dispute_id
                where t.deadline >= :from and t.deadline <= :to and\s""" + scope.districtRows("d"));
        scope.districtRows("d").bind(termQuery);
        Object[] terms = (Object[]) termQuery.setParameter("from", from).setParameter("to", termsTo).getSingleResult();
        long overdue = drillCount(scope, Figure.OVERDUE, null, start, end, today);
        Query supervisionQuery = em.createNativeQuery("""
                select count(*), coalesce(sum(case when s.state = 'ISSUED' and s.due_date < :today then 1 else 0 end), 0)
                from supervision s where s.state <> 'DELISTED' and\s""" + scope.districtRows("s"));
        scope.districtRows("d").bind(supervisionQuery);
        Object[] supervisions = (Object[]) supervisionQuery.setParameter("today", today).getSingleResult();

        Kpis kpis = new Kpis(intake, accepted, decided, agreed, concluded, repeats, closures, onTime, timed, days,
                num(visits[0]), num(visits[1]), referrals, confirmations, num(terms[0]), num(terms[1]), overdue,
                num(supervisions[0]), num(supervisions[1]));
        Map<String, String> areaNames = areaNames(scope, areas.keySet());
        return new Dashboard(from, to, kpis, List.copyOf(months.values()),
                named(categories, k -> categoryNames.getOrDefault(Long.valueOf(k), k)),
                List.copyOf(tiers.values()), named(areas, k -> areaNames.getOrDefault(k, k)));
    }

    private long count(String sql, AreaScope scope, Instant start, Instant end) {
        Query q = em.createNativeQuery(sql + scope.districtRows("d"));
        scope.districtRows("d").bind(q);
        return num(q.setParameter("start", start).setParameter("end", end).getSingleResult());
    }

    private static void add(Map<String, Breakdown> months, Map<String, Breakdown> categories, Map<String, Breakdown> tiers,
            Map<String, Breakdown> areas, Object[] r, Breakdown b, Map<Long, Long> topCategory) {
        long ym = num(r[0]);
        String month = String.format("%04d-%02d", ym / 100, ym % 100);
        String category = String.valueOf(topCategory.getOrDefault(num(r[1]), num(r[1])));
        String tier = r[2] == null ? "NONE" : r[2].toString();
        String area = r[3] == null ? "" : String.valueOf(num(r[3]));
        months.merge(month, keyed(b, month), Breakdown::plus);
        categories.merge(category, keyed(b, category), Breakdown::plus);
        tiers.merge(tier, keyed(b, tier), Breakdown::plus);
        areas.merge(area, keyed(b, area), Breakdown::plus);
    }

    private static Breakdown keyed(Breakdown b, String key) {
        return new Breakdown(key, key, b.intake(), b.agreed(), b.concluded(), b.closed(), b.closedOnTime(),
                b.closedTimed());
    }

    /** Lines with their names, most registrations first. */
    private static List<Breakdown> named(Map<String, Breakdown> lines, Function<String, String> name) {
        List<Breakdown> out = new ArrayList<>();
        for (Breakdown b : lines.values()) {
            out.add(new Breakdown(b.key(), name.apply(b.key()), b.intake(), b.agreed(), b.concluded(), b.closed(),
                    b.closedOnTime(), b.closedTimed()));
        }
        out.sort(Comparator.comparingLong(Breakdown::intake).reversed().thenComparing(Breakdown::label));
        return out;
    }

    private Map<String, String> areaNames(AreaScope scope, java.util.Collection<String> keys) {
        List<Long> ids = keys.stream().filter(k -> !k.isEmpty()).map(Long::valueOf).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String entity = scope.part().entity();
        Map<String, String> names = new HashMap<>();
        for (Object[] r : em.createQuery("select x.id, x.name from " + entity + " x where x.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
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
        checkPeriod(from, to);
        AreaScope scope = scope();
        Map<String, Object> params = new HashMap<>();
        String where = drillWhere(scope, figure, slice, start(from), start(to.plusDays(1)),
                LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)), params);
        TypedQuery<DisputeRow> q = em.createQuery(DisputeRow.SELECT + " where " + where + " order by " + order(figure), DisputeRow.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    /**
     * Newest first, in the order of the index the figure is read on, so a page is read, not sorted:
     * the time alone (the covering indexes carry other columns before the id), the queue's due day
     * for what is overdue.
     */
    private static String order(Figure figure) {
        return switch (figure) {
            case CLOSED, CLOSED_LATE -> "d.closedAt desc";
            case OVERDUE -> "d.queueDue, d.id";
            default -> "d.registeredAt desc";
        };
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public long count(Figure figure, Slice slice, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return drillCount(scope(), figure, slice, start(from), start(to.plusDays(1)),
                LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE)));
    }

    private long drillCount(AreaScope scope, Figure figure, Slice slice, Instant start, Instant end, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(d) from Dispute d where "
                + drillWhere(scope, figure, slice, start, end, today, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static void days(Map<String, Object> params, Instant start, Instant end) {
        params.put("fromDay", start.atZone(CaseworkConfiguration.ZONE).toLocalDate());
        params.put("endDay", end.atZone(CaseworkConfiguration.ZONE).toLocalDate());
    }

    private static String drillWhere(AreaScope scope, Figure figure, Slice slice, Instant start, Instant end,
            LocalDate today, Map<String, Object> params) {
        AreaScope.Condition area = scope.districtDisputes("d");
        StringBuilder sb = new StringBuilder(area.text());
        area.into(params);
        boolean byClosure = figure == Figure.CLOSED || figure == Figure.CLOSED_LATE;
        boolean now = figure == Figure.OVERDUE || figure == Figure.SUPERVISED || figure == Figure.VISITED
                || figure == Figure.REFERRED || figure == Figure.CONFIRMED || figure == Figure.TERMS_DUE;
        String time = byClosure ? "d.closedAt" : "d.registeredAt";
        if (!now) {
            sb.append(" and ").append(time).append(" >= :start and ").append(time).append(" < :end");
            params.put("start", start);
            params.put("end", end);
        }
        switch (figure) {
            case INTAKE, CLOSED -> { }
            case ACCEPTED -> {
                sb.append(" and d.state not in :notAccepted");
                params.put("notAccepted", List.of(DisputeState.REGISTERED, DisputeState.REJECTED,
                        DisputeState.TRANSFERRED));
            }
            case AGREED -> {
                sb.append(" and (d.closureType = :agreement or d.state = :agreed)");
                params.put("agreement", ClosureType.AGREEMENT);
                params.put("agreed", DisputeState.AGREED);
            }
            case FAILED -> {
                sb.append(" and (d.closureType in :failedTypes or d.state in :failedStates)");
                params.put("failedTypes", List.of(ClosureType.GUIDED_TO_LITIGATION, ClosureType.COURT_OUTCOME));
                params.put("failedStates", List.of(DisputeState.FAILED, DisputeState.REFERRED_TO_COURT));
            }
            case REPEATS -> sb.append(" and d.contactCount > 0");
            case CLOSED_LATE -> sb.append(" and d.closedOnTime = false");
            case OVERDUE -> {
                // the queue's column: the due date, or a far day when there is none; read on (area, is_open, queue_due)
                sb.append(" and d.open = true and d.queueDue < :today");
                params.put("today", today);
            }
            case SUPERVISED -> sb.append(" and d.open = true and d.supervised = true");
            case VISITED -> {
                sb.append(" and exists (select 1 from ReturnVisit v where v.disputeId = d.id"
                        + " and v.visitedOn >= :fromDay and v.visitedOn < :endDay)");
                days(params, start, end);
            }
            case REFERRED -> {
                sb.append(" and exists (select 1 from CourtReferral r where r.disputeId = d.id and r.kind = :transfer"
                        + " and r.sentAt >= :start and r.sentAt < :end)");
                params.put("transfer", org.tiaojie.casework.referral.ReferralKind.CASE_TRANSFER);
                params.put("start", start);
                params.put("end", end);
            }
            case CONFIRMED -> {
                sb.append(" and exists (select 1 from CourtReferral r where r.disputeId = d.id and r.outcome = :valid"
                        + " and r.decidedAt >= :start and r.decidedAt < :end)");
                params.put("valid", org.tiaojie.casework.referral.CourtOutcome.CONFIRMED_VALID);
                params.put("start", start);
                params.put("end", end);
            }
            case TERMS_DUE -> {
                sb.append(" and exists (select 1 from AgreementTerm t join t.agreement a where a.disputeId = d.id"
                        + " and t.deadline >= :fromDay and t.deadline < :endDay and t.deadline <= :today)");
                days(params, start, end);
                params.put("today", today);
            }
        }
        if (slice != null && slice.key() != null) {
            switch (slice.dimension()) {
                case "month" -> {
                    YearMonth m = YearMonth.parse(slice.key());
                    sb.append(" and ").append(time).append(" >= :monthStart and ").append(time).append(" < :monthEnd");
                    params.put("monthStart", start(m.atDay(1)));
                    params.put("monthEnd", start(m.plusMonths(1).atDay(1)));
                }
                case "category" -> {
                    sb.append(" and (d.category.id = :category or d.category.parent.id = :category)");
                    params.put("category", Long.valueOf(slice.key()));
                }
                case "tier" -> {
                    if ("NONE".equals(slice.key())) {
                        sb.append(" and d.tier is null");
                    } else {
                        sb.append(" and d.tier = :tier");
                        params.put("tier", org.tiaojie.casework.organisation.Tier.valueOf(slice.key()));
                    }
                }
                case "area" -> {
                    sb.append(" and d.").append(scope.part().field()).append(" = :child");
                    params.put("child", Long.valueOf(slice.key()));
                }
                default -> throw new IllegalArgumentException("no such breakdown: " + slice.dimension());
            }
        }
        return sb.toString();
    }
}
