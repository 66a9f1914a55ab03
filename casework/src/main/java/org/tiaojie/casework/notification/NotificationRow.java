package org.tiaojie.casework.notification;

import java.time.Instant;

/** An inbox line: the message key and arguments for the viewer's language, the dispute it is about. */
public record NotificationRow(long id, String messageKey, Object[] args, Long disputeId, Instant createdAt,
        boolean read) {
}
