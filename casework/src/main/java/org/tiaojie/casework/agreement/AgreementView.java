package org.tiaojie.casework.agreement;

import java.time.Instant;
import java.util.List;
import org.tiaojie.casework.organisation.Tier;

/** An agreement with its terms, as the case file and the documents show it. */
public record AgreementView(long id, long disputeId, String number, Agreement.Form kind, String facts,
        String responsibility, int copies, Long sessionId, Tier tier, Instant concludedAt, String concludedBy,
        List<TermRow> terms, java.time.LocalDate effectiveOn) {

    public AgreementView(long id, long disputeId, String number, Agreement.Form kind, String facts, String responsibility,
            int copies, Long sessionId, Tier tier, Instant concludedAt, String concludedBy, List<TermRow> terms) {
        this(id, disputeId, number, kind, facts, responsibility, copies, sessionId, tier, concludedAt, concludedBy, terms,
                null);
    }
}
