package org.tiaojie.casework.statistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 排名与信用评价 (docs/DOMAIN.md): compounds and property companies of the supervisor's area ranked by
 * complaints per 100 households in a period, with their agreement and overdue rates and quarterly
 * listings; property companies also get credit points and a grade by the administrator's rule.
 * Counted per compound by the database (one grouped pass over the period's registrations, one over
 * its closures, one over its listings); companies add up their compounds.
 */
@Service
public class RankingService {

    private final EntityManager em;
    RankingService(EntityManager em) {
        this.em = em;
    }

    /** A compound's counts for the period. */
    private record Counts(long compound, String name, String area, Long company, String companyName, long households,
            long complaints, long agreed, long concluded, long closed, long late, int listings) {
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<RankingRow> compounds(LocalDate from, LocalDate to) {
        List<Counts> counts = counts(from, to);
        List<RankingRow> rows = new ArrayList<>();
        for (Counts c : counts) {
            rows.add(new RankingRow(0, c.compound(), c.name(), c.area(), 1, c.households(), c.complaints(),
                    per100(c.complaints(), c.households()), c.agreed(), c.concluded(), c.closed(), c.late(),
                    c.listings(), null, null));
        }
        return ranked(rows);
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<RankingRow> companies(LocalDate from, LocalDate to) {
        CreditRule.Values rule = em.find(CreditRule.class, 1).values();
        Map<Long, List<Counts>> byCompany = new HashMap<>();
        for (Counts c : counts(from, to)) {
            if (c.company() != null) {
                byCompany.computeIfAbsent(c.company(), k -> new ArrayList<>()).add(c);
            }
        }
        List<RankingRow> rows = new ArrayList<>();
        for (var e : byCompany.entrySet()) {
            List<Counts> cs = e.getValue();
            long households = cs.stream().mapToLong(Counts::households).sum();
            long complaints = cs.stream().mapToLong(Counts::complaints).sum();
            long agreed = cs.stream().mapToLong(Counts::agreed).sum();
            long concluded = cs.stream().mapToLong(Counts::concluded).sum();
            long closed = cs.stream().mapToLong(Counts::closed).sum();
            long late = cs.stream().mapToLong(Counts::late).sum();
            int listings = cs.stream().mapToInt(Counts::listings).sum();
            Double per100 = per100(complaints, households);
            CreditRule.Grade g = CreditRule.grade(rule, per100 == null ? 0 : per100,
                    closed == 0 ? 0 : late / (double) closed,
                    concluded == 0 ? 0 : (concluded - agreed) / (double) concluded, listings);
            rows.add(new RankingRow(0, e.getKey(), cs.getFirst().companyName(), null, cs.size(), households, complaints,
                    per100, agreed, concluded, closed, late, listings, Math.round(g.points() * 10) / 10.0, g.grade()));
        }
        return ranked(rows);
    }

    /** Most complaints per 100 households first; then most complaints; then by name. */
    private static List<RankingRow> ranked(List<RankingRow> rows) {
        rows.sort(Comparator.comparing((RankingRow r) -> r.complaintsPer100() == null ? -1 : r.complaintsPer100())
                .reversed().thenComparing(Comparator.comparingLong(RankingRow::complaints).reversed())
                .thenComparing(RankingRow::name));
        List<RankingRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankingRow r = rows.get(i);
            out.add(new RankingRow(i + 1, r.id(), r.name(), r.area(), r.compounds(), r.households(), r.complaints(),
                    r.complaintsPer100(), r.agreed(), r.concluded(), r.closed(), r.closedLate(), r.listings(), r.points(),
                    r.grade()));
        }
        return out;
    }

    private static Double per100(long complaints, long households) {
        return households <= 0 ? null : Math.round(complaints * 10000.0 / households) / 100.0;
    }

    private List<Counts> counts(LocalDate from, LocalDate to) {
        StatisticsService.checkPeriod(from, to);
        AreaScope scope = CurrentUser.require().area();
        FigureSql.Period period = new FigureSql.Period(from, to, LocalDate.now(CaseworkConfiguration.ZONE));
        Map<Long, Map<Figure, Long>> figures = new HashMap<>();
        perCompound(scope, period, List.of(Figure.INTAKE, Figure.AGREED, Figure.CONCLUDED), figures);
        perCompound(scope, period, List.of(Figure.CLOSED_TIMED, Figure.CLOSED_LATE), figures);
        Map<Long, Long> listings = new HashMap<>();
        Query listed = em.createNativeQuery("""
                select l.compound_id, count(*) from compound_listing l
                where l.ranking is not null and l.quarter_start >= :from and l.quarter_start <= :to and\s"""
                + scope.districtRows("l") + " group by l.compound_id");
        scope.districtRows("l").bind(listed)
                .setParameter("from", org.tiaojie.casework.supervision.QuarterlyListingService.quarterStart(from))
                .setParameter("to", to);
        for (Object o : listed.getResultList()) {
            Object[] r = (Object[]) o;
            listings.put(num(r[0]), num(r[1]));
        }
        // every compound of the area, with or without complaints: names, households and companies in one query
        Query compounds = em.createNativeQuery("""
                select c.id, c.name, m.name, c.households, p.id, p.name from compound c
                join community m on m.id = c.community_id join street s on s.id = m.street_id
                left join property_company p on p.id = c.property_company_id
                where\s""" + scope.compoundRows("m", "s"));
        scope.compoundRows("m", "s").bind(compounds);
        List<Counts> out = new ArrayList<>();
        for (Object o : compounds.getResultList()) {
            Object[] r = (Object[]) o;
            Map<Figure, Long> f = figures.getOrDefault(num(r[0]), Map.of());
            out.add(new Counts(num(r[0]), (String) r[1], (String) r[2], r[4] == null ? null : num(r[4]),
                    (String) r[5], num(r[3]), f.getOrDefault(Figure.INTAKE, 0L), f.getOrDefault(Figure.AGREED, 0L),
                    f.getOrDefault(Figure.CONCLUDED, 0L), f.getOrDefault(Figure.CLOSED_TIMED, 0L),
                    f.getOrDefault(Figure.CLOSED_LATE, 0L), listings.getOrDefault(num(r[0]), 0L).intValue()));
        }
        return out;
    }

    /**
     * Figures of one basis (the first figure's: registered or closed in the period) counted per
     * compound in one grouped pass, from their definitions.
     */
    private void perCompound(AreaScope scope, FigureSql.Period period, List<Figure> counted,
            Map<Long, Map<Figure, Long>> into) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select d.compound_id");
        for (Figure f : counted) {
            sql.append(", ").append(FigureSql.count(f));
        }
        sql.append(" from dispute d where ").append(FigureSql.where(scope, counted.getFirst().basis() == Figure.Basis.CLOSED
                ? Figure.CLOSED : Figure.INTAKE, null, period, params)).append(" group by d.compound_id");
        for (Object o : FigureSql.bind(em.createNativeQuery(sql.toString()), params).getResultList()) {
            Object[] r = (Object[]) o;
            Map<Figure, Long> line = into.computeIfAbsent(num(r[0]), k -> new java.util.EnumMap<>(Figure.class));
            for (int i = 0; i < counted.size(); i++) {
                line.put(counted.get(i), num(r[1 + i]));
            }
        }
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** The credit rule in force and its version (for the administrator's form). */
    public record Rule(CreditRule.Values values, long version) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Rule rule() {
        CreditRule rule = em.find(CreditRule.class, 1);
        return new Rule(rule.values(), rule.getVersion());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void saveRule(CreditRule.Values values, long expectedVersion) {
        CreditRule rule = em.find(CreditRule.class, 1);
        if (rule.getVersion() != expectedVersion) {
            throw new CaseworkException("credit.stale");
        }
        rule.update(values);
    }
}
