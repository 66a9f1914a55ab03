package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.CounterRows;

/**
 * Hands out case numbers per organisation and year inside the caller's transaction: the
 * counter row stays locked until the dispute is committed, and a rollback gives the number
 * back, so numbers have no gaps and no duplicates.
 */
@Component
class CaseNumberAllocator {

    private static final CounterRows COUNTER = new CounterRows("case_number_counter", "organisation_id", "case_year");

    private final EntityManager em;

    CaseNumberAllocator(EntityManager em) {
        this.em = em;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long next(long organisationId, int year) {
        return reserve(organisationId, year, 1);
    }

    /**
     * Takes {@code count} consecutive numbers of the organisation's year at once (a batch of an
     * import) and returns the first; the counter row stays locked until the caller commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long reserve(long organisationId, int year, int count) {
        return COUNTER.reserve(em, organisationId, year, count);
    }

    static String format(int year, String prefix, long sequence) {
        return "（" + year + "）" + prefix + "第" + String.format("%05d", sequence) + "号";
    }
}
