package org.tiaojie.casework.dispute;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a new dispute starts (DOMAIN.md defaults): the street for groups and large amounts, the
 * district for large groups, 领导批示 and 舆情. Categories may also name a start tier. Set through
 * {@code tiaojie.routing.*}.
 */
@ConfigurationProperties(prefix = "tiaojie.routing")
public record RoutingPolicy(Integer streetPartyCount, BigDecimal streetAmount, Integer districtPartyCount) {

    public RoutingPolicy {
        streetPartyCount = streetPartyCount == null ? 10 : streetPartyCount;
        streetAmount = streetAmount == null ? new BigDecimal("50000") : streetAmount;
        districtPartyCount = districtPartyCount == null ? 50 : districtPartyCount;
    }
}
