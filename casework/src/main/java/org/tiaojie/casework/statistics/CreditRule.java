package org.tiaojie.casework.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * How a property company's credit points are counted: from {@code basePoints}, minus
 * {@code perComplaintRate} per complaint per 100 households, minus {@code overdueWeight} times the
 * share of its cases closed late, minus {@code disagreementWeight} times the share of its mediations
 * that failed, minus {@code perListing} per quarterly listing of one of its compounds. Grades by
 * the minimum points of AAA, AA, A and B (below B: C); the black list below {@code blacklistBelow}
 * points or from {@code blacklistListings} listings in the period.
 */
@Entity
@Table(name = "credit_rule")
public class CreditRule {

    /** The editable values, as a form holds them. */
    public record Values(int basePoints, int perComplaintRate, int overdueWeight, int disagreementWeight, int perListing,
            int aaaMin, int aaMin, int aMin, int bMin, int blacklistBelow, int blacklistListings) {

        /** Refuses values that would make the grades overlap or the weights negative. */
        void check() {
            for (int v : new int[] {basePoints, perComplaintRate, overdueWeight, disagreementWeight, perListing,
                    blacklistListings}) {
                if (v < 0 || v > 1000) {
                    throw new CaseworkException("credit.range", 0, 1000);
                }
            }
            if (!(aaaMin > aaMin && aaMin > aMin && aMin > bMin && bMin > blacklistBelow && blacklistBelow >= 0
                    && aaaMin <= basePoints)) {
                throw new CaseworkException("credit.order");
            }
            if (blacklistListings < 1) {
                throw new CaseworkException("credit.listings");
            }
        }
    }

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "base_points", nullable = false)
    private int basePoints;
    @Column(name = "per_complaint_rate", nullable = false)
    private int perComplaintRate;
    @Column(name = "overdue_weight", nullable = false)
    private int overdueWeight;
    @Column(name = "disagreement_weight", nullable = false)
    private int disagreementWeight;
    @Column(name = "per_listing", nullable = false)
    private int perListing;
    @Column(name = "aaa_min", nullable = false)
    private int aaaMin;
    @Column(name = "aa_min", nullable = false)
    private int aaMin;
    @Column(name = "a_min", nullable = false)
    private int aMin;
    @Column(name = "b_min", nullable = false)
    private int bMin;
    @Column(name = "blacklist_below", nullable = false)
    private int blacklistBelow;
    @Column(name = "blacklist_listings", nullable = false)
    private int blacklistListings;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CreditRule() {
    }

    public Values values() {
        return new Values(basePoints, perComplaintRate, overdueWeight, disagreementWeight, perListing, aaaMin, aaMin,
                aMin, bMin, blacklistBelow, blacklistListings);
    }

    public long getVersion() {
        return version;
    }

    void update(Values v) {
        v.check();
        basePoints = v.basePoints();
        perComplaintRate = v.perComplaintRate();
        overdueWeight = v.overdueWeight();
        disagreementWeight = v.disagreementWeight();
        perListing = v.perListing();
        aaaMin = v.aaaMin();
        aaMin = v.aaMin();
        aMin = v.aMin();
        bMin = v.bMin();
        blacklistBelow = v.blacklistBelow();
        blacklistListings = v.blacklistListings();
    }

    /** Points and grade of a company with these figures. */
    static Grade grade(Values v, double complaintsPer100, double overdueRate, double disagreementRate, int listings) {
        double points = v.basePoints() - v.perComplaintRate() * complaintsPer100 - v.overdueWeight() * overdueRate
                - v.disagreementWeight() * disagreementRate - v.perListing() * (double) listings;
        if (points < v.blacklistBelow() || listings >= v.blacklistListings()) {
            return new Grade(points, CreditGrade.BLACKLIST);
        }
        CreditGrade g = points >= v.aaaMin() ? CreditGrade.AAA : points >= v.aaMin() ? CreditGrade.AA
                : points >= v.aMin() ? CreditGrade.A : points >= v.bMin() ? CreditGrade.B : CreditGrade.C;
        return new Grade(points, g);
    }

    /** Points (rounded to one place where shown) and the grade they give. */
    public record Grade(double points, CreditGrade grade) {
    }
}
