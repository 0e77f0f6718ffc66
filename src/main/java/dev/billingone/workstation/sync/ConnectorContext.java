package dev.billingone.workstation.sync;

import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * What connectors are built from: settings (endpoints), the shared HTTP client, credentials, and the rate
 * limiters — one per (system, tenant) for the whole app, so the Sync screen, the CLI and the outbox worker share
 * one budget.
 */
public final class ConnectorContext {
    private final Settings settings;
    private final OkHttpClient http;
    private final AccessTokenProvider tokens;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RetryPolicy retry;
    private final Map<ExternalSystem, RateLimits> limits = new EnumMap<>(ExternalSystem.class);
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    public ConnectorContext(Settings settings, OkHttpClient http, AccessTokenProvider tokens, Clock clock, Sleeper sleeper,
                            RetryPolicy retry) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
        this.clock = clock;
        this.sleeper = sleeper;
        this.retry = retry;
        limits.put(ExternalSystem.XERO, RateLimits.XERO);
        limits.put(ExternalSystem.QBO, RateLimits.QBO);
        limits.put(ExternalSystem.PAX8, RateLimits.PAX8);
    }

    /** The production setup: shared client, real clock and sleep, default retries. */
    public static ConnectorContext standard(Settings settings, AccessTokenProvider tokens) {
        return new ConnectorContext(settings, SyncHttp.shared(), tokens, Clock.systemUTC(), Sleeper.REAL, RetryPolicy.DEFAULT);
    }

    /** Other limits for a system (tests use one-second windows). */
    public ConnectorContext withLimits(ExternalSystem system, RateLimits systemLimits) {
        limits.put(system, systemLimits);
        return this;
    }

    public Settings settings() {
        return settings;
    }

    public AccessTokenProvider tokens() {
        return tokens;
    }

    public Clock clock() {
        return clock;
    }

    public RateLimiter limiter(ExternalSystem system, String tenant) {
        return limiters.computeIfAbsent(system + "/" + tenant, key -> new RateLimiter(system.displayName(),
                limits.getOrDefault(system, RateLimits.PAX8), clock, sleeper));
    }

    /** The API of one (system, tenant), sharing that pair's limiter. */
    public RemoteApi api(ExternalSystem system, String tenant, BiConsumer<Request.Builder, AccessToken> systemHeaders) {
        return new RemoteApi(system, http, limiter(system, tenant), retry, sleeper, tokens, systemHeaders);
    }
}
