package org.tiaojie.casework.statistics;

import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of docs/DOMAIN.md for an area and a period: each {@link Figure}'s count of disputes,
 * and the working days the timed closures took. Each rate is one figure over another and is null
 * when its base is empty (shown as —, never as 0 %).
 */
public record Kpis(Map<Figure, Long> counts, long workingDaysToClose) {

    public Kpis {
        EnumMap<Figure, Long> all = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            all.put(f, counts.getOrDefault(f, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public long count(Figure figure) {
        return counts.get(figure);
    }

    public long intake() {
        return count(Figure.INTAKE);
    }

    public long accepted() {
        return count(Figure.ACCEPTED);
    }

    public long decided() {
        return count(Figure.DECIDED);
    }

    public long agreed() {
        return count(Figure.AGREED);
    }

    public long concluded() {
        return count(Figure.CONCLUDED);
    }

    public long repeats() {
        return count(Figure.REPEATS);
    }

    public long closed() {
        return count(Figure.CLOSED);
    }

    public long closedOnTime() {
        return count(Figure.CLOSED_ON_TIME);
    }

    public long closedTimed() {
        return count(Figure.CLOSED_TIMED);
    }

    public long visits() {
        return count(Figure.VISITED);
    }

    public long referrals() {
        return count(Figure.REFERRED);
    }

    public long confirmations() {
        return count(Figure.CONFIRMED);
    }

    public long termsDue() {
        return count(Figure.TERMS_DUE);
    }

    public long overdue() {
        return count(Figure.OVERDUE);
    }

    public long supervised() {
        return count(Figure.SUPERVISED);
    }

    public long supervisionsOverdue() {
        return count(Figure.SUPERVISION_OVERDUE);
    }

    public Double acceptanceRate() {
        return rate(Figure.ACCEPTED, Figure.DECIDED);
    }

    public Double agreementRate() {
        return rate(Figure.AGREED, Figure.CONCLUDED);
    }

    public Double onTimeRate() {
        return rate(Figure.CLOSED_ON_TIME, Figure.CLOSED_TIMED);
    }

    public Double averageWorkingDaysToClose() {
        return closedTimed() == 0 ? null : workingDaysToClose / (double) closedTimed();
    }

    public Double satisfactionRate() {
        return rate(Figure.SATISFIED, Figure.VISITED);
    }

    public Double repeatRate() {
        return rate(Figure.REPEATS, Figure.INTAKE);
    }

    public Double performanceRate() {
        return rate(Figure.TERMS_PERFORMED, Figure.TERMS_DUE);
    }

    private Double rate(Figure part, Figure base) {
        return rate(count(part), count(base));
    }

    static Double rate(long part, long base) {
        return base == 0 ? null : part / (double) base;
    }
}
