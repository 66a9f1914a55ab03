package org.tiaojie.casework.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A term as the mediator enters it: the obligor is one of the case's parties. */
public record TermDraft(Long obligorPartyId, String obligation, BigDecimal amount, String method, String place,
        LocalDate deadline) {
}
