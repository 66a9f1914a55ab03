package org.tiaojie.casework.reply;

import java.time.Instant;

/**
 * A reply as the case file and the work-order API show it: final or a stage reply, its words, who
 * wrote it (by name) for which organisation, when, and whether every platform with a callback took it.
 */
public record PlatformReplyRow(long id, boolean finalReply, String content, Instant repliedAt, String repliedBy,
        String organisation, Instant pushedAt) {
}
