package org.tiaojie.casework.dispute;

import java.math.BigDecimal;
import java.util.List;

/**
 * What intake knows about a new dispute before it is routed. {@code externalRef} (the 12345
 * order number or petition number) is the idempotency key within its channel.
 */
public record NewDispute(Channel channel, String externalRef, long categoryId, long compoundId, String description,
        BigDecimal amount, int partyCount, String callerName, String callerPhone, boolean leaderInstruction,
        boolean publicOpinion, boolean urgent, List<PartyDetails> parties, PlatformDetails platform) {

    public NewDispute {
        parties = parties == null ? List.of() : List.copyOf(parties);
        platform = platform == null ? PlatformDetails.NONE : platform;
        externalRef = externalRef == null || externalRef.isBlank() ? null : externalRef.strip();
    }

    public NewDispute(Channel channel, String externalRef, long categoryId, long compoundId, String description,
            BigDecimal amount, int partyCount, String callerName, String callerPhone, boolean leaderInstruction,
            boolean publicOpinion, boolean urgent, List<PartyDetails> parties) {
        this(channel, externalRef, categoryId, compoundId, description, amount, partyCount, callerName, callerPhone,
                leaderInstruction, publicOpinion, urgent, parties, PlatformDetails.NONE);
    }

    public NewDispute(Channel channel, String externalRef, long categoryId, long compoundId, String description,
            BigDecimal amount, int partyCount, String callerName, String callerPhone, boolean leaderInstruction,
            boolean publicOpinion, boolean urgent) {
        this(channel, externalRef, categoryId, compoundId, description, amount, partyCount, callerName, callerPhone,
                leaderInstruction, publicOpinion, urgent, List.of());
    }
}
