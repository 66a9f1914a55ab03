package org.tiaojie.casework.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * Where a new dispute starts (一般纠纷不出社区、复杂问题不出街镇、重大疑难问题不出辖区): the community by
 * default; the street for groups, large amounts and categories that say so; the district for large
 * groups, 领导批示 and 重大舆情. One row, edited by an administrator.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    static final long SINGLE_ROW = 1L;

    @Id
    @Column(name = "id", nullable = false)
    private Long id;

    @Column(name = "street_party_count", nullable = false)
    private int streetPartyCount;

    @Column(name = "street_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal streetAmount;

    @Column(name = "district_party_count", nullable = false)
    private int districtPartyCount;

    @Column(name = "district_on_leader_instruction", nullable = false)
    private boolean districtOnLeaderInstruction;

    @Column(name = "district_on_public_opinion", nullable = false)
    private boolean districtOnPublicOpinion;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RoutingRule() {
    }

    void update(int newStreetPartyCount, BigDecimal newStreetAmount, int newDistrictPartyCount,
            boolean onLeaderInstruction, boolean onPublicOpinion) {
        if (newStreetPartyCount < 2 || newDistrictPartyCount <= newStreetPartyCount) {
            throw new CaseworkException("routing.partyCounts");
        }
        if (newStreetAmount == null || newStreetAmount.signum() <= 0) {
            throw new CaseworkException("routing.amount");
        }
        this.streetPartyCount = newStreetPartyCount;
        this.streetAmount = newStreetAmount;
        this.districtPartyCount = newDistrictPartyCount;
        this.districtOnLeaderInstruction = onLeaderInstruction;
        this.districtOnPublicOpinion = onPublicOpinion;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoutingRule other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return RoutingRule.class.hashCode();
    }

    public RoutingRuleView view() {
        return new RoutingRuleView(streetPartyCount, streetAmount, districtPartyCount, districtOnLeaderInstruction,
                districtOnPublicOpinion, version);
    }
}
