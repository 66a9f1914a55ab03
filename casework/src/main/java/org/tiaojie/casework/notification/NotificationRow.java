package org.tiaojie.casework.notification;

import java.time.Instant;

/**
 * An inbox line: the message key and arguments for the viewer's language, its kind, and the dispute it is about
 * with that dispute's case number (null for a notice about no case).
 */
public record NotificationRow(long id, String messageKey, Object[] args, Long disputeId, String caseNumber,
        Instant createdAt, boolean read) {

    public NotificationKind kind() {
        return NotificationKind.of(messageKey);
    }
}
