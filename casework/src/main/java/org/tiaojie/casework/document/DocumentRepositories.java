package org.tiaojie.casework.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    @Query("select d from CaseDocument d where d.disputeId = :dispute order by d.kind, d.recordKey, d.docVersion desc")
    List<CaseDocument> findByDispute(@Param("dispute") long disputeId);

    @Query("""
            select coalesce(max(d.docVersion), 0) from CaseDocument d
            where d.disputeId = :dispute and d.kind = :kind and d.recordKey = :record""")
    int lastVersion(@Param("dispute") long disputeId, @Param("kind") DocumentKind kind, @Param("record") long recordKey);
}

interface DocumentDataRepository extends JpaRepository<DocumentData, Long> {
}
