package dev.billingone.workstation.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter for transient failures (5xx, timeouts, connection resets): attempt n
 * waits a random time up to {@code base × 2^(n-1)}, capped at {@code max}. Jitter keeps many workstations of one
 * MSP from retrying in lockstep. {@code attempts} counts the first try.
 */
public record RetryPolicy(int attempts, Duration base, Duration max) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));

    public Duration backoff(int failedAttempt) {
        long cap = Math.min(max.toMillis(), base.toMillis() << Math.min(20, Math.max(0, failedAttempt - 1)));
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    }
}
