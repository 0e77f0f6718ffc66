package dev.billingone.workstation.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.AccessToken;
import dev.billingone.workstation.sync.AccessTokenProvider;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Xero as far as pushing goes: POST /Invoices and /CreditNotes with summarizeErrors=false, replaying the first
 * answer for a repeated Idempotency-Key (as Xero does), refusing contacts named "archived-…" with a validation
 * error, and answering 429 beyond 60 calls a minute. It counts what it created, per contact and reference, so a
 * duplicate at the remote shows. Sync reads (any GET) find nothing new.
 */
public final class MockXero extends Dispatcher {
    public static final AccessTokenProvider TOKENS = new AccessTokenProvider() {
        @Override
        public AccessToken current(ExternalSystem system) {
            return new AccessToken("test-token", "tenant-1", Instant.now().plusSeconds(1800));
        }

        @Override
        public AccessToken refreshAfterRejection(ExternalSystem system, AccessToken rejected) {
            return current(system);
        }
    };

    final Map<String, String> answers = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> createdPerContactAndReference = new ConcurrentHashMap<>();
    public final AtomicInteger created = new AtomicInteger();
    public final AtomicInteger calls = new AtomicInteger();
    /** While true, every POST answers 503 (Xero down for maintenance). */
    public volatile boolean down;
    final AtomicInteger tooMany = new AtomicInteger();
    private final Deque<Long> window = new ArrayDeque<>();
    private final AtomicInteger numbers = new AtomicInteger(1000);
    volatile long delayMillis;

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        calls.incrementAndGet();
        long now = System.nanoTime();
        while (!window.isEmpty() && now - window.peekFirst() >= 60_000_000_000L) {
            window.pollFirst();
        }
        if (window.size() >= 60) {
            tooMany.incrementAndGet();
            return new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("{\"Message\":\"rate limit\"}").build();
        }
        window.addLast(now);
        String collection = request.getUrl().pathSegments().get(request.getUrl().pathSize() - 1);
        if ("GET".equals(request.getMethod())) {
            // Sync reads: an organisation with nothing new since the cursor.
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{\"" + collection + "\":[]}").build();
        }
        if (down) {
            return new MockResponse.Builder().code(503).body("{\"Message\":\"down for maintenance\"}").build();
        }
        if (!"POST".equals(request.getMethod()) || !"false".equals(request.getUrl().queryParameter("summarizeErrors"))) {
            return new MockResponse.Builder().code(400).body("{\"Message\":\"expected POST with summarizeErrors=false\"}").build();
        }
        String key = request.getHeaders().get("Idempotency-Key");
        String cached = key == null ? null : answers.get(key);
        if (cached == null) {
            cached = create(collection, request.getBody().utf8());
            if (key != null) {
                answers.put(key, cached);
            }
        }
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(cached).build();
    }

    private String create(String collection, String body) {
        try {
            JsonNode request = XeroPayloads.JSON.readTree(body);
            ObjectNode response = XeroPayloads.JSON.createObjectNode();
            ArrayNode out = response.putArray(collection);
            boolean invoices = "Invoices".equals(collection);
            for (JsonNode doc : request.path(collection)) {
                ObjectNode answer = ((ObjectNode) doc).deepCopy();
                String contact = doc.path("Contact").path("ContactID").asText();
                if (contact.startsWith("archived-")) {
                    answer.put("HasErrors", true);
                    answer.put("StatusAttributeString", "ERROR");
                    answer.putArray("ValidationErrors").addObject().put("Message", "The contact is archived.");
                } else {
                    answer.put(invoices ? "InvoiceID" : "CreditNoteID", UUID.randomUUID().toString());
                    if (!doc.hasNonNull(invoices ? "InvoiceNumber" : "CreditNoteNumber")) {
                        answer.put(invoices ? "InvoiceNumber" : "CreditNoteNumber", (invoices ? "INV-" : "CN-") + numbers.incrementAndGet());
                    }
                    answer.put("StatusAttributeString", "OK");
                    created.incrementAndGet();
                    createdPerContactAndReference.computeIfAbsent(collection + "|" + contact + "|" + doc.path("Reference").asText(),
                            k -> new AtomicInteger()).incrementAndGet();
                }
                out.add(answer);
            }
            return response.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
