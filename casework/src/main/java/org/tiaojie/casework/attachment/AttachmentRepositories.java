package org.tiaojie.casework.attachment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    @Query("select a from CaseAttachment a where a.disputeId = :dispute order by a.uploadedAt, a.id")
    List<CaseAttachment> findByDispute(@Param("dispute") long disputeId);
}

interface AttachmentDataRepository extends JpaRepository<AttachmentData, Long> {
}
