package org.tiaojie.casework.dispute;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a new dispute starts (DOMAIN.md defaults). Categories may also name a start tier.
 * Set through {@code tiaojie.routing.*}; the administrator screen for these comes with the
 * casework core.
 */
@ConfigurationProperties(prefix = "tiaojie.routing")
public record RoutingPolicy(Integer streetPartyCount, BigDecimal streetAmount, Integer districtPartyCount,
        Integer communityWorkingDays, Integer streetWorkingDays, Integer districtCalendarDays) {

    public RoutingPolicy {
        streetPartyCount = streetPartyCount == null ? 10 : streetPartyCount;
        streetAmount = streetAmount == null ? new BigDecimal("50000") : streetAmount;
        districtPartyCount = districtPartyCount == null ? 50 : districtPartyCount;
        communityWorkingDays = communityWorkingDays == null ? 10 : communityWorkingDays;
        streetWorkingDays = streetWorkingDays == null ? 15 : streetWorkingDays;
        districtCalendarDays = districtCalendarDays == null ? 30 : districtCalendarDays;
    }
}
