package org.tiaojie.casework.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A term and its performance, as screens and documents show it. */
public record TermRow(long id, int seq, Long obligorPartyId, String obligor, String obligation, BigDecimal amount,
        String method, String place, LocalDate deadline, AgreementTerm.Performance performance, String performanceNote,
        Instant performanceAt, String performanceBy, Long evidenceId, long version) {
}
