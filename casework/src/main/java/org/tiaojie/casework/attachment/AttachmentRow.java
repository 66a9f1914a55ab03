package org.tiaojie.casework.attachment;

import java.time.Instant;

/**
 * An attachment as lists show it, without its bytes; {@code documentId} is the stored document version a scan of
 * signed paper copies, null for any other file.
 */
public record AttachmentRow(long id, long disputeId, AttachmentKind kind, String title, String fileName,
        String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt, Long documentId) {

    public AttachmentRow(long id, long disputeId, AttachmentKind kind, String title, String fileName,
            String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
        this(id, disputeId, kind, title, fileName, contentType, size, sha256, uploadedBy, uploadedAt, null);
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
