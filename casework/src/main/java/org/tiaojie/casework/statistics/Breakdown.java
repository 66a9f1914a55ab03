package org.tiaojie.casework.statistics;

import java.util.Map;

/**
 * One line of a breakdown (a month, a category, a tier, a street or community): registrations and
 * their outcomes, closures and their timeliness, each a {@link Figure} narrowed to the line. {@code
 * key} is what a drill-down narrows by.
 */
public record Breakdown(String key, String label, long intake, long agreed, long concluded, long closed,
        long closedOnTime, long closedTimed) {

    /** A line of the given figures' counts, labelled by its key until it is named. */
    static Breakdown of(String key, Map<Figure, Long> counts) {
        return new Breakdown(key, key, counts.getOrDefault(Figure.INTAKE, 0L), counts.getOrDefault(Figure.AGREED, 0L),
                counts.getOrDefault(Figure.CONCLUDED, 0L), counts.getOrDefault(Figure.CLOSED, 0L),
                counts.getOrDefault(Figure.CLOSED_ON_TIME, 0L), counts.getOrDefault(Figure.CLOSED_TIMED, 0L));
    }

    public Double agreementRate() {
        return Kpis.rate(agreed, concluded);
    }

    public Double onTimeRate() {
        return Kpis.rate(closedOnTime, closedTimed);
    }

    Breakdown labelled(String name) {
        return new Breakdown(key, name, intake, agreed, concluded, closed, closedOnTime, closedTimed);
    }

    Breakdown plus(Breakdown o) {
        return new Breakdown(key, label, intake + o.intake, agreed + o.agreed, concluded + o.concluded,
                closed + o.closed, closedOnTime + o.closedOnTime, closedTimed + o.closedTimed);
    }
}
