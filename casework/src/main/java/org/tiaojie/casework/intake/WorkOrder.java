package org.tiaojie.casework.intake;

import java.math.BigDecimal;

/**
 * A 12345 work order as a platform or an import file sends it, before it is checked: the
 * platform's order number (the idempotency key), the caller, the compound by name (and its
 * community where the name is not unique), the category by code or name ("物业服务质量/维修响应"
 * or "维修响应"), what the caller asks, the optional figures and flags, and the parties where the platform
 * names them (申请人, 被申请人, 第三人 with their particulars and agents), and what else the platform sent
 * ({@link org.tiaojie.casework.dispute.PlatformDetails}: the call time above all).
 */
public record WorkOrder(String orderNumber, String callerName, String callerPhone, String compound, String community,
        String category, String description, Integer partyCount, BigDecimal amount, Boolean urgent,
        Boolean leaderInstruction, Boolean publicOpinion, java.util.List<org.tiaojie.casework.dispute.PartyDetails> parties,
        org.tiaojie.casework.dispute.PlatformDetails platform) {

    public WorkOrder {
        parties = parties == null ? java.util.List.of() : java.util.List.copyOf(parties);
        platform = platform == null ? org.tiaojie.casework.dispute.PlatformDetails.NONE : platform;
    }

    public WorkOrder(String orderNumber, String callerName, String callerPhone, String compound, String community,
            String category, String description, Integer partyCount, BigDecimal amount, Boolean urgent,
            Boolean leaderInstruction, Boolean publicOpinion, java.util.List<org.tiaojie.casework.dispute.PartyDetails> parties) {
        this(orderNumber, callerName, callerPhone, compound, community, category, description, partyCount, amount,
                urgent, leaderInstruction, publicOpinion, parties, null);
    }

    public WorkOrder(String orderNumber, String callerName, String callerPhone, String compound, String community,
            String category, String description, Integer partyCount, BigDecimal amount, Boolean urgent,
            Boolean leaderInstruction, Boolean publicOpinion) {
        this(orderNumber, callerName, callerPhone, compound, community, category, description, partyCount, amount,
                urgent, leaderInstruction, publicOpinion, java.util.List.of());
    }
}
