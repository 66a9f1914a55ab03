package org.tiaojie.casework.attachment;

import java.time.Instant;

/** An attachment as lists show it, without its bytes. */
public record AttachmentRow(long id, long disputeId, AttachmentKind kind, String title, String fileName,
        String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
