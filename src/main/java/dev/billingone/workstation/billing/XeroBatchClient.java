package dev.billingone.workstation.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.sync.AccessToken;
import dev.billingone.workstation.sync.AccessTokenProvider;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends invoices or credit notes to Xero in one {@code POST /Invoices|/CreditNotes?summarizeErrors=false&unitdp=4}
 * per batch, with the batch's {@code Idempotency-Key}: a re-send after a crash gets Xero's first answer instead
 * of new documents. Xero answers per document in request order; validation errors stay on that document. Keeps
 * under 60 calls per minute (Xero's per-tenant limit) and waits out a 429's {@code Retry-After}; a token rejected
 * once is refreshed once.
 */
public final class XeroBatchClient {
    static final int MAX_BATCH = 50;
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int CALLS_PER_MINUTE = 60;
    private static final int MAX_429 = 5;

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final AccessTokenProvider tokens;
    private final Deque<Long> recentCalls = new ArrayDeque<>();
    private final AtomicInteger calls = new AtomicInteger();

    public XeroBatchClient(OkHttpClient http, String baseUrl, AccessTokenProvider tokens) {
        this.http = http;
        this.baseUrl = HttpUrl.get(baseUrl);
        this.tokens = tokens;
    }

    /** What Xero said about one document of a batch. */
    public record Answer(boolean accepted, String externalId, String number, String error) {
    }

    /** HTTP requests made so far (the {@code calls} of the push result). */
    public int calls() {
        return calls.get();
    }

    /** {@code collection} is "Invoices" or "CreditNotes"; payloads are single Xero objects, answers come in their order. */
    public List<Answer> send(String collection, String requestKey, List<String> payloads) {
        ObjectNode body = XeroPayloads.JSON.createObjectNode();
        ArrayNode array = body.putArray(collection);
        for (String payload : payloads) {
            try {
                array.add(XeroPayloads.JSON.readTree(payload));
            } catch (IOException e) {
                throw new IllegalStateException("A queued " + collection + " payload is not JSON", e);
            }
        }
        HttpUrl url = baseUrl.newBuilder().addPathSegment(collection).addQueryParameter("summarizeErrors", "false")
                .addQueryParameter("unitdp", "4").build();
        JsonNode response = post(url, body.toString(), requestKey);
        List<Answer> answers = new ArrayList<>();
        JsonNode documents = response.path(collection);
        for (int i = 0; i < payloads.size(); i++) {
            answers.add(answer(documents.path(i), collection));
        }
        return answers;
    }

    private static Answer answer(JsonNode doc, String collection) {
        if (doc.isMissingNode()) {
            return new Answer(false, null, null, "Xero did not answer for this document; it will be sent again.");
        }
        boolean failed = doc.path("HasErrors").asBoolean(false) || "ERROR".equals(doc.path("StatusAttributeString").asText());
        if (failed) {
            StringJoiner messages = new StringJoiner("; ");
            doc.path("ValidationErrors").forEach(e -> messages.add(e.path("Message").asText()));
            return new Answer(false, null, null, "Xero refused it: " + (messages.length() == 0 ? "no reason given" : messages));
        }
        boolean invoice = "Invoices".equals(collection);
        return new Answer(true, doc.path(invoice ? "InvoiceID" : "CreditNoteID").asText(null),
                doc.path(invoice ? "InvoiceNumber" : "CreditNoteNumber").asText(null), null);
    }

    private JsonNode post(HttpUrl url, String body, String requestKey) {
        AccessToken token = tokens.current(ExternalSystem.XERO);
        boolean refreshed = false;
        int limited = 0;
        while (true) {
            pace();
            Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON))
                    .header("Authorization", "Bearer " + token.value())
                    .header("xero-tenant-id", token.tenantId() == null ? "" : token.tenantId())
                    .header("Idempotency-Key", requestKey)
                    .header("Accept", "application/json")
                    .build();
            calls.incrementAndGet();
            try (Response response = http.newCall(request).execute()) {
                String text = response.body().string();
                if (response.isSuccessful()) {
                    return XeroPayloads.JSON.readTree(text);
                }
                if (response.code() == 401 && !refreshed) {
                    token = tokens.refreshAfterRejection(ExternalSystem.XERO, token);
                    refreshed = true;
                    continue;
                }
                if (response.code() == 429 && ++limited <= MAX_429) {
                    sleep(Duration.ofSeconds(retryAfterSeconds(response)));
                    continue;
                }
                throw new RemoteSystemException("Xero refused " + url.encodedPath() + " (HTTP " + response.code() + "): "
                        + (text.length() > 300 ? text.substring(0, 300) + "…" : text) + ". The invoices stay queued.");
            } catch (IOException e) {
                throw new RemoteSystemException("Xero could not be reached (" + e.getMessage() + "); the invoices stay "
                        + "queued and go out on the next push.", e);
            }
        }
    }

    private static long retryAfterSeconds(Response response) {
        try {
            return Math.max(1, Long.parseLong(response.header("Retry-After", "60").trim()));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    /** At most 60 requests in any 60 seconds: wait for the oldest to leave the window. */
    private synchronized void pace() {
        long now = System.nanoTime();
        while (!recentCalls.isEmpty() && now - recentCalls.peekFirst() >= Duration.ofMinutes(1).toNanos()) {
            recentCalls.pollFirst();
        }
        if (recentCalls.size() >= CALLS_PER_MINUTE) {
            sleep(Duration.ofNanos(Duration.ofMinutes(1).toNanos() - (now - recentCalls.peekFirst())));
            recentCalls.pollFirst();
        }
        recentCalls.addLast(System.nanoTime());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteSystemException("The push was interrupted; the invoices stay queued.", e);
        }
    }
}
