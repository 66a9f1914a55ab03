package org.tiaojie.casework.mediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionRepository extends JpaRepository<MediationSession, Long> {

    List<MediationSession> findByDisputeIdOrderBySeq(long disputeId);

    @Query("select coalesce(max(s.seq), 0) from MediationSession s where s.disputeId = :dispute")
    int lastSeq(@Param("dispute") long disputeId);
}

interface InvestigationRepository extends JpaRepository<InvestigationRecord, Long> {

    @Query("select r from InvestigationRecord r where r.disputeId = :dispute order by r.investigatedAt, r.id")
    List<InvestigationRecord> findByDispute(@Param("dispute") long disputeId);
}

interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long> {

    @Query("select v from ReturnVisit v where v.disputeId = :dispute order by v.recordedAt, v.id")
    List<ReturnVisit> findByDispute(@Param("dispute") long disputeId);
}
