package org.tiaojie.casework.agreement;

import java.util.List;

/**
 * What concluding an agreement needs. A written one has its terms and the number of copies
 * (one per party and one for the committee); an oral one names the held session whose minutes
 * record it, and its terms are still listed so that their performance can be followed.
 */
public record AgreementDraft(Agreement.Form kind, String facts, String responsibility, Integer copies, Long sessionId,
        List<TermDraft> terms) {

    public AgreementDraft {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
