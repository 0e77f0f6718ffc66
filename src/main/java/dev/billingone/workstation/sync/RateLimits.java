package dev.billingone.workstation.sync;

import java.time.Duration;

/**
 * The documented limits of one system per tenant: {@code perWindow} calls per {@code window}, {@code concurrent}
 * requests in flight, {@code perDay} calls per rolling {@code day}. Windows are configurable so tests can use
 * one-second "minutes". Zero means "no such limit".
 */
public record RateLimits(int perWindow, Duration window, int concurrent, int perDay, Duration day) {
    /** Xero: 60 calls/min, 5 concurrent, 5,000 calls/day per tenant. */
    public static final RateLimits XERO = new RateLimits(60, Duration.ofMinutes(1), 5, 5000, Duration.ofDays(1));
    /** QBO: 500 requests/min and 10 concurrent per realm. */
    public static final RateLimits QBO = new RateLimits(500, Duration.ofMinutes(1), 10, 0, Duration.ofDays(1));
    /** Pax8 documents no limit; we stay polite and back off on 429. */
    public static final RateLimits PAX8 = new RateLimits(300, Duration.ofMinutes(1), 4, 0, Duration.ofDays(1));
}
