package org.tiaojie.casework.audit;

import java.time.Instant;

/**
 * The outcome of walking the audit chain: how many links were checked, the head, the first broken
 * link if any, entries still waiting to be sealed, and entries that are neither sealed nor waiting
 * (written around the application, straight into the table).
 */
public record AuditVerification(long checked, long headSeq, String headHash, Long brokenAtSeq, Problem problem,
        Long brokenEntryId, long pending, Instant oldestPending, long outsideChain) {

    public enum Problem {
        /** A link is missing: the sequence jumps. */
        LINK_MISSING,
        /** A link names an entry that is no longer in the log. */
        ENTRY_MISSING,
        /** An entry's fields no longer match its link. */
        ENTRY_ALTERED
    }

    public boolean intact() {
        return problem == null && outsideChain == 0;
    }
}
