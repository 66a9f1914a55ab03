package org.tiaojie.casework.intake;

import java.util.List;

/** What became of one row of an import file. */
public record ImportOutcome(int line, String orderNumber, Status status, Long disputeId,
        List<WorkOrderProblem> problems) {

    public enum Status {
        /** Checked and ready (before importing) or registered now (after). */
        READY, CREATED,
        /** Kept on an open dispute as a further call of the same matter (并单 by the repeat-call rule). */
        MERGED,
        /** Its order number was registered before (an earlier import, the API, or an earlier row of the file). */
        EXISTED,
        /** Not imported: the platform's mapping says its compound is another district's (not a failure to fix). */
        ELSEWHERE,
        /** Registered before with other content (a resend): said, and kept or taken over only as the operator says. */
        CHANGED,
        /** A resend with other content taken over into its case, the change on the case's timeline. */
        UPDATED,
        /** Refused with its problems; nothing was stored for it. */
        REJECTED
    }

    public ImportOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
