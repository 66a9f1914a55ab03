package org.tiaojie.casework.dispute;

import java.math.BigDecimal;

/** What intake knows about a new dispute before it is routed. */
public record NewDispute(Channel channel, String externalRef, long categoryId, long compoundId, String description,
        BigDecimal amount, int partyCount, String callerName, String callerPhone, boolean leaderInstruction,
        boolean publicOpinion, boolean urgent) {
}
