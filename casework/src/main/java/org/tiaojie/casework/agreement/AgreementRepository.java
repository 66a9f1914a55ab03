package org.tiaojie.casework.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    @Query("select distinct a from Agreement a left join fetch a.terms where a.disputeId = :dispute order by a.concludedAt")
    List<Agreement> findByDispute(@Param("dispute") long disputeId);

    boolean existsByDisputeId(long disputeId);

    @Query("select count(a) from Agreement a where a.disputeId = :dispute")
    long countByDispute(@Param("dispute") long disputeId);
}

interface TermRepository extends JpaRepository<AgreementTerm, Long> {

    @Query("select t.agreement.disputeId from AgreementTerm t where t.id = :term")
    java.util.Optional<Long> disputeOf(@Param("term") long termId);
}
