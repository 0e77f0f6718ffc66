package dev.billingone.workstation.sync.connectors.xero;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.billing.PushQueue;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.DeliveryOutcome;
import dev.billingone.workstation.sync.OutboxBatch;
import dev.billingone.workstation.sync.OutboxDelivery;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.connectors.DocumentPush;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import okhttp3.HttpUrl;

/**
 * Creates or updates Xero invoices or credit notes, 50 per {@code POST /Invoices|/CreditNotes?summarizeErrors=false
 * &unitdp=4} with the batch's {@code Idempotency-Key} (a re-send after a crash gets Xero's first answer, not new
 * documents). Payload of an entry: one Xero Invoice or CreditNote object. For an update (the payload has the
 * document's id), add {@code UpdatedDateUTC} = the value of our snapshot: if Xero's copy is newer the entry
 * becomes a conflict and is not sent (Xero has no optimistic locking of its own). Xero answers per document in
 * request order: validation errors become per-entry rejections, a document it did not answer for is sent again.
 */
public final class XeroDocumentPush extends DocumentPush {
    static final int BATCH = 50;

    /** What is pushed: Xero's collection and field names, and our outbox operation. */
    public enum Kind {
        INVOICES("Invoices", "InvoiceID", "InvoiceNumber", PushQueue.INVOICE, "invoice"),
        CREDIT_NOTES("CreditNotes", "CreditNoteID", "CreditNoteNumber", PushQueue.CREDIT_NOTE, "credit note");

        final String collection;
        final String idField;
        final String numberField;
        final String operation;
        final String noun;

        Kind(String collection, String idField, String numberField, String operation, String noun) {
            this.collection = collection;
            this.idField = idField;
            this.numberField = numberField;
            this.operation = operation;
            this.noun = noun;
        }
    }

    private final RemoteApi api;
    private final HttpUrl baseUrl;
    private final Kind kind;

    XeroDocumentPush(RemoteApi api, HttpUrl baseUrl, Kind kind) {
        super(ExternalSystem.XERO, kind.operation, BATCH);
        this.api = api;
        this.baseUrl = baseUrl;
        this.kind = kind;
    }

    @Override
    public List<DeliveryOutcome> deliver(OutboxBatch batch) {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        Map<OutboxDelivery, ObjectNode> documents = new LinkedHashMap<>();
        for (OutboxDelivery delivery : batch.deliveries()) {
            try {
                documents.put(delivery, (ObjectNode) SyncHttp.JSON.readTree(delivery.payload()));
            } catch (JsonProcessingException | ClassCastException e) {
                outcomes.add(new DeliveryOutcome.Rejected(delivery.entryId(), "The queued " + kind.noun
                        + " is not a JSON object; regenerate it."));
            }
        }
        outcomes.addAll(conflicts(documents));
        if (documents.isEmpty()) {
            return outcomes;
        }
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        ArrayNode array = body.putArray(kind.collection);
        documents.values().forEach(document -> array.add(document.deepCopy().without("UpdatedDateUTC")));
        HttpUrl url = baseUrl.newBuilder().addPathSegment(kind.collection).addQueryParameter("summarizeErrors", "false")
                .addQueryParameter("unitdp", "4").build();
        JsonNode answered = api.send("POST", url, body, Map.of("Idempotency-Key", batch.requestKey())).path(kind.collection);
        int index = 0;
        for (OutboxDelivery delivery : documents.keySet()) {
            JsonNode answer = answered.path(index++);
            if (!answer.isMissingNode()) {
                outcomes.add(outcome(delivery, answer));
            }
        }
        return outcomes;
    }

    private DeliveryOutcome outcome(OutboxDelivery delivery, JsonNode answer) {
        boolean failed = answer.path("HasErrors").asBoolean(false) || "ERROR".equals(answer.path("StatusAttributeString").asText());
        if (failed) {
            StringJoiner messages = new StringJoiner("; ");
            answer.path("ValidationErrors").forEach(error -> messages.add(error.path("Message").asText()));
            return new DeliveryOutcome.Rejected(delivery.entryId(), "Xero refused the " + kind.noun + ": "
                    + (messages.length() == 0 ? "no reason given" : messages));
        }
        return new DeliveryOutcome.Delivered(delivery.entryId(), answer.path(kind.idField).asText(),
                answer.path(kind.numberField).asText(null));
    }

    /** Updates whose Xero copy changed since our snapshot: taken out of the batch and reported as conflicts. */
    private List<DeliveryOutcome> conflicts(Map<OutboxDelivery, ObjectNode> documents) {
        Map<String, OutboxDelivery> expected = new HashMap<>();
        Map<String, Instant> ourSnapshot = new HashMap<>();
        documents.forEach((delivery, document) -> {
            if (document.hasNonNull(kind.idField) && document.hasNonNull("UpdatedDateUTC")) {
                String id = document.get(kind.idField).asText();
                expected.put(id, delivery);
                ourSnapshot.put(id, XeroDates.instant(document.get("UpdatedDateUTC").asText()));
            }
        });
        List<DeliveryOutcome> conflicts = new ArrayList<>();
        if (expected.isEmpty()) {
            return conflicts;
        }
        HttpUrl url = baseUrl.newBuilder().addPathSegment(kind.collection)
                .addQueryParameter("IDs", String.join(",", expected.keySet())).build();
        for (JsonNode current : api.get(url, Map.of()).path(kind.collection)) {
            String id = current.path(kind.idField).asText();
            Instant remote = XeroDates.instant(current.path("UpdatedDateUTC").asText(null));
            Instant ours = ourSnapshot.get(id);
            if (remote != null && ours != null && remote.isAfter(ours)) {
                OutboxDelivery delivery = expected.get(id);
                documents.remove(delivery);
                conflicts.add(new DeliveryOutcome.Conflict(delivery.entryId(), "The " + kind.noun + " "
                        + current.path(kind.numberField).asText(id) + " was changed in Xero at " + remote
                        + ", after our copy (" + ours + "). Sync Xero, review the difference, then retry or cancel."));
            }
        }
        return conflicts;
    }
}
