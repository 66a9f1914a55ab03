package org.tiaojie.web.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * How many failures a client address may still have (OWASP ASVS 4 V2.2.1, V11.1.4): a token bucket per address
 * (Bucket4j) holding {@code failures} tries that come back over {@code period}; a failure takes one, and an address
 * with none left is refused before anything is checked, and told when to try again. Addresses are forgotten after
 * a period without failures; each node keeps its own buckets (a client spread over nodes gets each node's allowance,
 * which still bounds guessing to a few per minute).
 */
public final class AddressThrottle {

    private final Cache<String, Bucket> buckets;
    private final long failures;
    private final Duration period;

    public AddressThrottle(long failures, Duration period) {
        this.failures = failures;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
    }

    private Bucket bucket(String address) {
        return buckets.get(address == null ? "?" : address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, period)).build());
    }

    /** Seconds until the address may try again, or 0 while it has tries left. */
    public long blockedFor(String address) {
        Bucket bucket = bucket(address);
        if (bucket.getAvailableTokens() > 0) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
    }

    /** Counts a failure of the address. */
    public void failed(String address) {
        bucket(address).tryConsume(1);
    }
}
