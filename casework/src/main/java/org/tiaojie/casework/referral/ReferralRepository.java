package org.tiaojie.casework.referral;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends JpaRepository<CourtReferral, Long> {

    List<CourtReferral> findByDisputeIdOrderBySentAtAscIdAsc(Long disputeId);

    @Query("select r from CourtReferral r where r.courtId = :court order by r.sentAt desc, r.id desc")
    List<CourtReferral> inbox(@Param("court") long courtId, Pageable page);

    long countByCourtId(Long courtId);
}
