package org.tiaojie.casework.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;

/** One version of a generated document of a case; the PDF itself is in {@link DocumentData}. */
@Entity
@Immutable
@Table(name = "case_document")
public class CaseDocument extends BaseEntity {

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private DocumentKind kind;

    /** The session, investigation, visit or agreement a per-record document belongs to; 0 otherwise. */
    @Column(name = "record_key", nullable = false, updatable = false)
    private long recordKey;

    @Column(name = "doc_version", nullable = false, updatable = false)
    private int docVersion;

    @Column(name = "title", nullable = false, length = 100, updatable = false)
    private String title;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "pages", nullable = false, updatable = false)
    private int pages;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "created_by", nullable = false, length = 40, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseDocument() {
    }

    CaseDocument(long disputeId, DocumentKind kind, long recordKey, int docVersion, String title, String fileName,
            int pages, long sizeBytes, String sha256, String createdBy, Instant createdAt) {
        this.disputeId = disputeId;
        this.kind = kind;
        this.recordKey = recordKey;
        this.docVersion = docVersion;
        this.title = title;
        this.fileName = fileName;
        this.pages = pages;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getDisputeId() {
        return disputeId;
    }

    DocumentRow row(java.util.function.UnaryOperator<String> people) {
        return new DocumentRow(getId(), disputeId, kind, recordKey == 0 ? null : recordKey, docVersion, title, fileName,
                pages, sizeBytes, sha256, people.apply(createdBy), createdAt);
    }
}
