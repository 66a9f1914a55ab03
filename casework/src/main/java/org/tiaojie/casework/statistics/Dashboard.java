package org.tiaojie.casework.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervisor's dashboard for their area and a period: the figures, and the same registrations
 * and closures broken down by month, by category, by tier and by the area's parts (streets of a
 * district, communities of a street, compounds of a community).
 */
public record Dashboard(LocalDate from, LocalDate to, Kpis kpis, List<Breakdown> months, List<Breakdown> categories,
        List<Breakdown> tiers, List<Breakdown> areas) {
}
