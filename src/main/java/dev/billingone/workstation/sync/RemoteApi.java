package dev.billingone.workstation.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every HTTP request to one (system, tenant) goes through here: bearer token (refreshed once on 401), rate limiter
 * permit, remaining-budget headers, {@code Retry-After} on 429, backoff with jitter for 5xx/timeouts/resets, and
 * the translation of failures into our typed errors. Logs method, path and status only — never headers or bodies.
 */
public final class RemoteApi {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteApi.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    /** A 429 is the remote asking us to wait, not a failure; still, never loop forever on it. */
    private static final int MAX_RATE_LIMITED = 10;

    private final ExternalSystem system;
    private final OkHttpClient http;
    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final AccessTokenProvider tokens;
    private final BiConsumer<Request.Builder, AccessToken> systemHeaders;
    private final AtomicInteger calls = new AtomicInteger();

    /**
     * @param systemHeaders adds what the system needs besides the bearer token (Xero: {@code xero-tenant-id})
     */
    public RemoteApi(ExternalSystem system, OkHttpClient http, RateLimiter limiter, RetryPolicy retry, Sleeper sleeper,
                     AccessTokenProvider tokens, BiConsumer<Request.Builder, AccessToken> systemHeaders) {
        this.system = system;
        this.http = http;
        this.limiter = limiter;
        this.retry = retry;
        this.sleeper = sleeper;
        this.tokens = tokens;
        this.systemHeaders = systemHeaders;
    }

    public ExternalSystem system() {
        return system;
    }

    public RateLimiter limiter() {
        return limiter;
    }

    /** HTTP requests made so far, retries included. */
    public int calls() {
        return calls.get();
    }

    public JsonNode get(HttpUrl url, Map<String, String> headers) {
        return execute("GET", url, null, headers);
    }

    public JsonNode send(String method, HttpUrl url, Object body, Map<String, String> headers) {
        return execute(method, url, body, headers);
    }

    private JsonNode execute(String method, HttpUrl url, Object body, Map<String, String> headers) {
        RequestBody requestBody = body == null ? null : RequestBody.create(toJson(body), JSON_TYPE);
        AccessToken token = tokens.current(system);
        boolean refreshed = false;
        int failures = 0;
        int rateLimited = 0;
        while (true) {
            Request.Builder builder = new Request.Builder().url(url).method(method, requestBody)
                    .header("Authorization", "Bearer " + token.value())
                    .header("Accept", "application/json");
            systemHeaders.accept(builder, token);
            headers.forEach(builder::header);
            Request request = builder.build();
            String where = system.displayName() + " " + method + " " + url.encodedPath();
            try (RateLimiter.Permit ignored = limiter.acquire()) {
                calls.incrementAndGet();
                try (Response response = http.newCall(request).execute()) {
                    int status = response.code();
                    limiter.observe(status, response.headers());
                    LOG.debug("{} -> {}", where, status);
                    String text = response.body().string();
                    if (response.isSuccessful()) {
                        return parse(text, where);
                    }
                    if (status == 401 && !refreshed) {
                        token = tokens.refreshAfterRejection(system, token);
                        refreshed = true;
                        continue;
                    }
                    if (status == 401) {
                        throw new RemoteSystemException(system.displayName() + " rejected our access after a token "
                                + "refresh. Reconnect " + system.displayName() + " in Settings → Integrations.");
                    }
                    if (status == 429) {
                        if (++rateLimited > MAX_RATE_LIMITED) {
                            throw new RemoteUnavailableException(where + " kept answering 429 (too many requests) "
                                    + "after " + MAX_RATE_LIMITED + " waits; try again later.", null);
                        }
                        continue; // the limiter now holds every caller until Retry-After
                    }
                    if (status >= 500 || status == 408) {
                        failures++;
                        if (failures >= retry.attempts()) {
                            throw new RemoteUnavailableException(where + " failed with HTTP " + status + " "
                                    + failures + " times; it will be retried later.", null);
                        }
                        LOG.info("{} answered {}; retrying (attempt {})", where, status, failures + 1);
                    } else {
                        JsonNode errorBody = tryParse(text);
                        throw new RemoteRejectedException(where + " refused the request (HTTP " + status + "): "
                                + summarize(errorBody, text), status, errorBody);
                    }
                } catch (IOException e) {
                    failures++;
                    if (failures >= retry.attempts()) {
                        throw new RemoteUnavailableException(where + " could not be reached (" + describe(e)
                                + ") after " + failures + " attempts. Working offline; queued work is kept.", e);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteSystemException(where + " was cancelled.", e);
            }
            try { // backoff outside the permit, so waiting does not hold a concurrency slot
                sleeper.sleep(retry.backoff(failures));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteSystemException(system.displayName() + " request was cancelled.", e);
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof UnknownHostException) {
            return "DNS lookup failed for " + e.getMessage();
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "no connection";
        }
        if (e instanceof InterruptedIOException) {
            return "timed out";
        }
        if (e instanceof SocketException) {
            return "connection reset";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private JsonNode parse(String text, String where) {
        if (text.isBlank()) {
            return SyncHttp.JSON.nullNode();
        }
        try {
            return SyncHttp.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RemoteSystemException(where + " returned malformed JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "); nothing from this page was stored. "
                    + "Try again later; if it persists, report it to " + system.displayName() + ".", e);
        }
    }

    private static JsonNode tryParse(String text) {
        try {
            return text.isBlank() ? null : SyncHttp.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The most telling message of an error body (Xero: Message/ValidationErrors; QBO: Fault.Error; Pax8: message). */
    static String summarize(JsonNode body, String text) {
        if (body == null) {
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
        for (String field : new String[] {"Message", "message", "Detail", "detail", "error_description", "error"}) {
            if (body.hasNonNull(field) && body.get(field).isTextual()) {
                return body.get(field).asText();
            }
        }
        JsonNode qboError = body.path("Fault").path("Error").path(0);
        if (!qboError.isMissingNode()) {
            return qboError.path("Message").asText() + ": " + qboError.path("Detail").asText();
        }
        return body.toString().length() > 200 ? body.toString().substring(0, 200) + "…" : body.toString();
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : SyncHttp.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Request body is not serialisable", e);
        }
    }
}
