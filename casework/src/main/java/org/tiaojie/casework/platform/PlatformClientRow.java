package org.tiaojie.casework.platform;

import java.time.Instant;

/** A calling platform as the administrator's list shows it: never its key, only the key's first characters. */
public record PlatformClientRow(long id, String code, String name, long organisationId, String organisationName,
        String callbackUrl,
        String keyHint, boolean enabled, Instant createdAt, Instant keyIssuedAt, Instant lastUsedAt, long version) {
}
