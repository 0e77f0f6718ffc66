package dev.billingone.workstation.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * QuickBooks Online's batch endpoint as far as pushing goes: at most 10 operations per request (more is a 400),
 * the first answer replayed for a repeated {@code requestid}, a DocNumber assigned to documents without one, and
 * customers named "inactive-…" refused with a fault for that item only.
 */
final class MockQbo extends Dispatcher {
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger largestBatch = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger(500);

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        calls.incrementAndGet();
        if (!"POST".equals(request.getMethod()) || !request.getUrl().encodedPath().endsWith("/batch")) {
            return new MockResponse.Builder().code(404).body("{}").build();
        }
        String answer = answers.computeIfAbsent(String.valueOf(request.getUrl().queryParameter("requestid")),
                key -> create(request.getBody().utf8()));
        if (answer.isEmpty()) {
            return new MockResponse.Builder().code(400).body("{\"Fault\":{\"Error\":[{\"Message\":\"too many operations\"}]}}").build();
        }
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(answer).build();
    }

    private String create(String body) {
        try {
            JsonNode items = XeroPayloads.JSON.readTree(body).path("BatchItemRequest");
            largestBatch.accumulateAndGet(items.size(), Math::max);
            if (items.size() > 10) {
                return "";
            }
            ObjectNode response = XeroPayloads.JSON.createObjectNode();
            for (JsonNode item : items) {
                String entity = item.has("Invoice") ? "Invoice" : "CreditMemo";
                ObjectNode out = response.withArray("BatchItemResponse").addObject().put("bId", item.path("bId").asText());
                ObjectNode document = ((ObjectNode) item.path(entity)).deepCopy();
                if (document.path("CustomerRef").path("value").asText().startsWith("inactive-")) {
                    out.putObject("Fault").putArray("Error").addObject().put("code", "6240")
                            .put("Message", "Invalid Reference Id").put("Detail", "The customer is inactive.");
                    continue;
                }
                document.put("Id", String.valueOf(ids.incrementAndGet()));
                if (!document.hasNonNull("DocNumber")) {
                    document.put("DocNumber", "Q-" + ids.get());
                }
                out.set(entity, document);
                created.incrementAndGet();
            }
            return response.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
