package org.tiaojie.casework.audit;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit entries in the caller's transaction: the record of an unmasking is written
 * together with the read it reveals, or not at all.
 */
@Service
public class AuditService {

    public static final String REVEAL_PARTY = "REVEAL_PARTY";
    public static final String REVEAL_CALLER = "REVEAL_CALLER";

    private final AuditRepository entries;
    private final Clock clock;

    AuditService(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String username, String action, Long disputeId, String detail) {
        entries.save(new AuditEntry(Instant.now(clock), username, action, disputeId, detail));
    }
}
