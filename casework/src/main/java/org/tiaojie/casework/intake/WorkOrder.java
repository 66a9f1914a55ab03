package org.tiaojie.casework.intake;

import java.math.BigDecimal;

/**
 * A 12345 work order as a platform or an import file sends it, before it is checked: the
 * platform's order number (the idempotency key), the caller, the compound by name (and its
 * community where the name is not unique), the category by code or name ("物业服务质量/维修响应"
 * or "维修响应"), what the caller asks, and the optional figures and flags.
 */
public record WorkOrder(String orderNumber, String callerName, String callerPhone, String compound, String community,
        String category, String description, Integer partyCount, BigDecimal amount, Boolean urgent,
        Boolean leaderInstruction, Boolean publicOpinion) {
}
