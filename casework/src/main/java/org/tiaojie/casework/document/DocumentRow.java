package org.tiaojie.casework.document;

import java.time.Instant;

/** A stored document version as the case file lists it. */
public record DocumentRow(long id, long disputeId, DocumentKind kind, Long recordId, int version, String title,
        String fileName, int pages, long size, String sha256, String createdBy, Instant createdAt) {
}
