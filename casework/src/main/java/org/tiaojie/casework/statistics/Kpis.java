package org.tiaojie.casework.statistics;

/**
 * The figures of docs/DOMAIN.md for an area and a period, as counts; each rate is a count over its base
 * and is null when the base is empty (shown as —, never as 0 %).
 *
 * @param intake disputes registered in the period
 * @param accepted of those, accepted by a mediation organisation (not rejected, transferred or still waiting)
 * @param decided of those, accepted, rejected or transferred (the base of the acceptance rate)
 * @param agreed of those, settled by agreement
 * @param concluded of those, whose mediation ended: agreed or failed (the base of the agreement rate)
 * @param repeats of those, with further calls merged (并单)
 * @param closed disputes closed in the period
 * @param closedOnTime of those, closed before a handling clock ran out
 * @param closedTimed of those, closed since the time of closure is recorded (the base of the on-time rate)
 * @param workingDaysToClose the working days those took, summed
 * @param visits return visits in the period
 * @param satisfied of those, satisfied or basically satisfied
 * @param referrals referrals to court sent in the period
 * @param confirmations judicial confirmations the courts decided valid in the period
 * @param termsDue agreement terms due in the period (up to today)
 * @param termsPerformed of those, performed
 * @param overdue open disputes past their deadline now
 * @param supervised open supervisions now
 * @param supervisionsOverdue of those, past their due date and not reported done
 */
public record Kpis(long intake, long accepted, long decided, long agreed, long concluded, long repeats, long closed,
        long closedOnTime, long closedTimed, long workingDaysToClose, long visits, long satisfied, long referrals,
        long confirmations, long termsDue, long termsPerformed, long overdue, long supervised,
        long supervisionsOverdue) {

    public Double acceptanceRate() {
        return rate(accepted, decided);
    }

    public Double agreementRate() {
        return rate(agreed, concluded);
    }

    public Double onTimeRate() {
        return rate(closedOnTime, closedTimed);
    }

    public Double averageWorkingDaysToClose() {
        return closedTimed == 0 ? null : workingDaysToClose / (double) closedTimed;
    }

    public Double satisfactionRate() {
        return rate(satisfied, visits);
    }

    public Double repeatRate() {
        return rate(repeats, intake);
    }

    public Double performanceRate() {
        return rate(termsPerformed, termsDue);
    }

    static Double rate(long part, long base) {
        return base == 0 ? null : part / (double) base;
    }
}
