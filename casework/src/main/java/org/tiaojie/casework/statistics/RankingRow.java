package org.tiaojie.casework.statistics;

/**
 * A compound or a property company in the rankings for a period: its complaints (disputes
 * registered) against its households, how its mediations ended, how many closed late, how often it
 * was listed; a company also with its credit points and grade ({@code grade} null for compounds).
 */
public record RankingRow(int rank, long id, String name, String area, int compounds, long households, long complaints,
        Double complaintsPer100, long agreed, long concluded, long closed, long closedLate, int listings, Double points,
        CreditGrade grade) {

    public Double agreementRate() {
        return Kpis.rate(agreed, concluded);
    }

    public Double overdueRate() {
        return Kpis.rate(closedLate, closed);
    }
}
