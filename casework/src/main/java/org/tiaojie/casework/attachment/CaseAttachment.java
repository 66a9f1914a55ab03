package org.tiaojie.casework.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;

/** An uploaded file of a case (evidence, a performance proof, a scanned letter); its bytes are kept apart. */
@Entity
@Immutable
@Table(name = "case_attachment")
public class CaseAttachment extends BaseEntity {

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private AttachmentKind kind;

    @Column(name = "title", nullable = false, length = 100, updatable = false)
    private String title;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 40, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** For a scan of signed paper: the stored document version it is a copy of. */
    @Column(name = "document_id", updatable = false)
    private Long documentId;

    protected CaseAttachment() {
    }

    CaseAttachment(long disputeId, AttachmentKind kind, String title, String fileName, String contentType, long size,
            String sha256, Instant now, String actor) {
        this.disputeId = disputeId;
        this.kind = kind;
        this.title = title;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = now;
        this.uploadedBy = actor;
    }

    CaseAttachment(long disputeId, long documentId, String title, String fileName, String contentType, long size,
            String sha256, Instant now, String actor) {
        this(disputeId, AttachmentKind.SIGNED_COPY, title, fileName, contentType, size, sha256, now, actor);
        this.documentId = documentId;
    }

    AttachmentRow row(java.util.function.UnaryOperator<String> people) {
        return new AttachmentRow(getId(), disputeId, kind, title, fileName, contentType, size, sha256, people.apply(uploadedBy),
                uploadedAt, documentId);
    }

    public long getDisputeId() {
        return disputeId;
    }
}
