package org.tiaojie.casework.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tiaojie.casework.deadline.ClockKind;

interface ExtensionRepository extends JpaRepository<ExtensionRequest, Long> {

    @Query("select r from ExtensionRequest r where r.disputeId = :dispute order by r.requestedAt desc, r.id desc")
    List<ExtensionRequest> findByDispute(@Param("dispute") long disputeId);

    @Query("""
            select count(r) from ExtensionRequest r
            where r.disputeId = :dispute and r.clockKind = :kind and r.status = 'PENDING'""")
    long countPending(@Param("dispute") long disputeId, @Param("kind") ClockKind kind);
}
