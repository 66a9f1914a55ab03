package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers per organisation and year inside the caller's transaction: the
 * counter row stays locked until the dispute is committed, and a rollback gives the number
 * back, so numbers have no gaps and no duplicates.
 */
@Component
class CaseNumberAllocator {

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
        // one statement takes the row lock whether or not the row exists yet (MySQL, MariaDB, H2 in MySQL mode)
        em.createNativeQuery("""
                        insert into case_number_counter (organisation_id, case_year, last_number) values (?1, ?2, ?3)
                        on duplicate key update last_number = last_number + ?3""")
                .setParameter(1, organisationId).setParameter(2, year).setParameter(3, count).executeUpdate();
        long last = ((Number) em.createNativeQuery(
                        "select last_number from case_number_counter where organisation_id = ?1 and case_year = ?2")
                .setParameter(1, organisationId).setParameter(2, year).getSingleResult()).longValue();
        return last - count + 1;
    }

    static String format(int year, String prefix, long sequence) {
        return "（" + year + "）" + prefix + "第" + String.format("%05d", sequence) + "号";
    }
}
