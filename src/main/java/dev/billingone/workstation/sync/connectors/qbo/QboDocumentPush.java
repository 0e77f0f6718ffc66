package dev.billingone.workstation.sync.connectors.qbo;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import okhttp3.HttpUrl;

/**
 * Creates or updates QBO invoices or credit memos, up to 10 per {@code POST /batch} (Intuit's pages disagree
 * between 10 and 30; 10 is safe). The batch's request key becomes QBO's {@code requestid}, which makes a re-sent
 * batch harmless. Payload of an entry: one QBO Invoice or CreditMemo object; with {@code Id} and {@code SyncToken}
 * it is an update, and a stale SyncToken (error 5010, "Stale Object Error") becomes a conflict for the user, never
 * a blind retry. A document the batch response does not mention is sent again.
 */
public final class QboDocumentPush extends DocumentPush {
    static final int BATCH = 10;
    static final String STALE_OBJECT = "5010";

    /** What is pushed: QBO's entity name and our outbox operation. */
    public enum Kind {
        INVOICE("Invoice", PushQueue.INVOICE, "invoice"),
        CREDIT_MEMO("CreditMemo", PushQueue.CREDIT_NOTE, "credit memo");

        final String entity;
        final String operation;
        final String noun;

        Kind(String entity, String operation, String noun) {
            this.entity = entity;
            this.operation = operation;
            this.noun = noun;
        }
    }

    private final RemoteApi api;
    private final HttpUrl companyUrl;
    private final String minorVersion;
    private final Kind kind;

    QboDocumentPush(RemoteApi api, HttpUrl companyUrl, String minorVersion, Kind kind) {
        super(ExternalSystem.QBO, kind.operation, BATCH);
        this.api = api;
        this.companyUrl = companyUrl;
        this.minorVersion = minorVersion;
        this.kind = kind;
    }

    @Override
    public List<DeliveryOutcome> deliver(OutboxBatch batch) {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        ObjectNode body = SyncHttp.JSON.createObjectNode();
        ArrayNode items = body.putArray("BatchItemRequest");
        Map<String, OutboxDelivery> byBatchId = new HashMap<>();
        for (OutboxDelivery delivery : batch.deliveries()) {
            try {
                JsonNode document = SyncHttp.JSON.readTree(delivery.payload());
                String batchId = String.valueOf(delivery.entryId());
                items.addObject().put("bId", batchId).put("operation", document.hasNonNull("Id") ? "update" : "create")
                        .set(kind.entity, document);
                byBatchId.put(batchId, delivery);
            } catch (JsonProcessingException e) {
                outcomes.add(new DeliveryOutcome.Rejected(delivery.entryId(), "The queued " + kind.noun
                        + " is not valid JSON; regenerate it."));
            }
        }
        if (byBatchId.isEmpty()) {
            return outcomes;
        }
        // QBO's requestid is short: a name-based UUID of our key keeps it stable and within bounds.
        String requestId = UUID.nameUUIDFromBytes(batch.requestKey().getBytes(StandardCharsets.UTF_8)).toString();
        HttpUrl url = companyUrl.newBuilder().addPathSegment("batch")
                .addQueryParameter("requestid", requestId)
                .addQueryParameter("minorversion", minorVersion).build();
        for (JsonNode answer : api.send("POST", url, body, Map.of()).path("BatchItemResponse")) {
            OutboxDelivery delivery = byBatchId.remove(answer.path("bId").asText());
            if (delivery != null) {
                outcomes.add(outcome(delivery, answer));
            }
        }
        return outcomes;
    }

    private DeliveryOutcome outcome(OutboxDelivery delivery, JsonNode answer) {
        JsonNode errors = answer.path("Fault").path("Error");
        if (errors.isEmpty()) {
            JsonNode document = answer.path(kind.entity);
            return new DeliveryOutcome.Delivered(delivery.entryId(), document.path("Id").asText(),
                    document.path("DocNumber").asText(null));
        }
        StringJoiner messages = new StringJoiner("; ");
        boolean stale = false;
        for (JsonNode error : errors) {
            stale |= STALE_OBJECT.equals(error.path("code").asText());
            messages.add(error.path("Message").asText() + ": " + error.path("Detail").asText());
        }
        return stale
                ? new DeliveryOutcome.Conflict(delivery.entryId(), "The " + kind.noun + " was changed in QuickBooks since "
                        + "our copy (" + messages + "). Sync QuickBooks, review the difference, then retry or cancel.")
                : new DeliveryOutcome.Rejected(delivery.entryId(), "QuickBooks refused the " + kind.noun + ": " + messages);
    }
}
