package dev.billingone.workstation.sync.connectors.xero;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.DeliveryOutcome;
import dev.billingone.workstation.sync.OutboxBatch;
import dev.billingone.workstation.sync.OutboxDelivery;
import dev.billingone.workstation.sync.OutboxHandler;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncHttp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import okhttp3.HttpUrl;

/**
 * Creates or updates Xero invoices, 50 per {@code POST /Invoices?summarizeErrors=false} with the batch's
 * {@code Idempotency-Key}. Payload of an entry: one Xero Invoice object as the spec defines it. For an update
 * (the payload has an {@code InvoiceID}), add {@code UpdatedDateUTC} = the value of our snapshot: if Xero's copy
 * is newer the entry becomes a conflict and is not sent (Xero has no optimistic locking of its own). Xero answers
 * per invoice, in request order; validation errors become per-entry rejections.
 */
public final class XeroInvoicePush implements OutboxHandler {
    public static final String OPERATION = "invoice.upsert";
    static final int BATCH = 50;

    private final RemoteApi api;
    private final HttpUrl baseUrl;

    XeroInvoicePush(RemoteApi api, HttpUrl baseUrl) {
        this.api = api;
        this.baseUrl = baseUrl;
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.XERO;
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public int maxBatchSize() {
        return BATCH;
    }

    @Override
    public List<DeliveryOutcome> deliver(OutboxBatch batch) {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        Map<OutboxDelivery, ObjectNode> invoices = new java.util.LinkedHashMap<>();
        for (OutboxDelivery delivery : batch.deliveries()) {
            try {
                invoices.put(delivery, (ObjectNode) SyncHttp.JSON.readTree(delivery.payload()));
            } catch (JsonProcessingException | ClassCastException e) {
                outcomes.add(new DeliveryOutcome.Rejected(delivery.entryId(), "The queued invoice is not a JSON object; "
                        + "regenerate it."));
            }
        }
        outcomes.addAll(conflicts(invoices));
        if (invoices.isEmpty()) {
            return outcomes;
        }
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        ArrayNode array = body.putArray("Invoices");
        invoices.values().forEach(invoice -> array.add(invoice.deepCopy().without("UpdatedDateUTC")));
        HttpUrl url = baseUrl.newBuilder().addPathSegment("Invoices").addQueryParameter("summarizeErrors", "false").build();
        JsonNode response = api.send("POST", url, body, Map.of("Idempotency-Key", batch.requestKey()));
        JsonNode answered = response.path("Invoices");
        int index = 0;
        for (OutboxDelivery delivery : invoices.keySet()) {
            outcomes.add(outcome(delivery, answered.path(index++)));
        }
        return outcomes;
    }

    private static DeliveryOutcome outcome(OutboxDelivery delivery, JsonNode answer) {
        if (answer.isMissingNode()) {
            return new DeliveryOutcome.Rejected(delivery.entryId(), "Xero did not return this invoice in its answer.");
        }
        boolean failed = answer.path("HasErrors").asBoolean(false) || "ERROR".equals(answer.path("StatusAttributeString").asText());
        if (failed) {
            StringJoiner messages = new StringJoiner("; ");
            answer.path("ValidationErrors").forEach(error -> messages.add(error.path("Message").asText()));
            return new DeliveryOutcome.Rejected(delivery.entryId(), "Xero refused the invoice: "
                    + (messages.length() == 0 ? "no reason given" : messages));
        }
        return new DeliveryOutcome.Delivered(delivery.entryId(), answer.path("InvoiceID").asText());
    }

    /** Updates whose Xero copy changed since our snapshot: taken out of the batch and reported as conflicts. */
    private List<DeliveryOutcome> conflicts(Map<OutboxDelivery, ObjectNode> invoices) {
        Map<String, OutboxDelivery> expected = new HashMap<>();
        Map<String, Instant> ourSnapshot = new HashMap<>();
        invoices.forEach((delivery, invoice) -> {
            if (invoice.hasNonNull("InvoiceID") && invoice.hasNonNull("UpdatedDateUTC")) {
                String id = invoice.get("InvoiceID").asText();
                expected.put(id, delivery);
                ourSnapshot.put(id, XeroDates.instant(invoice.get("UpdatedDateUTC").asText()));
            }
        });
        List<DeliveryOutcome> conflicts = new ArrayList<>();
        if (expected.isEmpty()) {
            return conflicts;
        }
        HttpUrl url = baseUrl.newBuilder().addPathSegment("Invoices")
                .addQueryParameter("IDs", String.join(",", expected.keySet())).build();
        for (JsonNode current : api.get(url, Map.of()).path("Invoices")) {
            String id = current.path("InvoiceID").asText();
            Instant remote = XeroDates.instant(current.path("UpdatedDateUTC").asText(null));
            Instant ours = ourSnapshot.get(id);
            if (remote != null && ours != null && remote.isAfter(ours)) {
                OutboxDelivery delivery = expected.get(id);
                invoices.remove(delivery);
                conflicts.add(new DeliveryOutcome.Conflict(delivery.entryId(), "Invoice "
                        + current.path("InvoiceNumber").asText(id) + " was changed in Xero at " + remote
                        + ", after our copy (" + ours + "). Sync Xero, review the difference, then retry or cancel."));
            }
        }
        return conflicts;
    }
}
