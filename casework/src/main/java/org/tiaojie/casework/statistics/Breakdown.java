package org.tiaojie.casework.statistics;

/**
 * One line of a breakdown (a month, a category, a tier, a street or community): registrations and
 * their outcomes, closures and their timeliness. {@code key} is what a drill-down filters by.
 */
public record Breakdown(String key, String label, long intake, long agreed, long concluded, long closed,
        long closedOnTime, long closedTimed) {

    public Double agreementRate() {
        return Kpis.rate(agreed, concluded);
    }

    public Double onTimeRate() {
        return Kpis.rate(closedOnTime, closedTimed);
    }

    Breakdown plus(Breakdown o) {
        return new Breakdown(key, label, intake + o.intake, agreed + o.agreed, concluded + o.concluded,
                closed + o.closed, closedOnTime + o.closedOnTime, closedTimed + o.closedTimed);
    }
}
