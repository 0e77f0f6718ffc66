package dev.billingone.workstation.sync.connectors.qbo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.SyncResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * A QBO entity read with {@code select * from X STARTPOSITION n MAXRESULTS m} the first time (and whenever the
 * watermark is older than CDC's 30 days), then incrementally with Change Data Capture
 * ({@code cdc?entities=X&changedSince=…}) in one call. The watermark is the newest {@code MetaData.LastUpdatedTime}.
 */
abstract class QboQueryResource implements SyncResource<JsonNode> {
    static final int MAX_RESULTS = 1000;
    private static final Duration CDC_REACH = Duration.ofDays(29);

    private final RemoteApi api;
    private final HttpUrl companyUrl;
    private final String realm;
    private final String minorVersion;
    private final Clock clock;

    QboQueryResource(RemoteApi api, HttpUrl companyUrl, String realm, String minorVersion, Clock clock) {
        this.api = api;
        this.companyUrl = companyUrl;
        this.realm = realm;
        this.minorVersion = minorVersion;
        this.clock = clock;
    }

    /** The QBO entity name, e.g. "Invoice". */
    abstract String entity();

    /** False for entities CDC does not cover (TaxCode): always read whole with a query. */
    boolean changeDataCapture() {
        return true;
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.QBO;
    }

    @Override
    public String tenant() {
        return realm;
    }

    @Override
    public RemoteApi api() {
        return api;
    }

    @Override
    public SyncPage<JsonNode> fetch(SyncCursorValue cursor) {
        boolean cdcReaches = changeDataCapture() && cursor.since() != null && cursor.since().isAfter(clock.instant().minus(CDC_REACH));
        if (cursor.page() == null && cdcReaches) {
            return changedSince(cursor);
        }
        int start = cursor.pageOr(1);
        HttpUrl url = companyUrl.newBuilder().addPathSegment("query")
                .addQueryParameter("query", "select * from " + entity() + " STARTPOSITION " + start + " MAXRESULTS " + MAX_RESULTS)
                .addQueryParameter("minorversion", minorVersion).build();
        List<JsonNode> records = new ArrayList<>();
        api.get(url, Map.of()).path("QueryResponse").path(entity()).forEach(records::add);
        Instant newest = newest(records);
        boolean last = records.size() < MAX_RESULTS;
        return new SyncPage<>(records, last ? cursor.completed(newest) : cursor.nextPage(start + MAX_RESULTS, newest), last);
    }

    private SyncPage<JsonNode> changedSince(SyncCursorValue cursor) {
        HttpUrl url = companyUrl.newBuilder().addPathSegment("cdc")
                .addQueryParameter("entities", entity())
                .addQueryParameter("changedSince", cursor.since().toString())
                .addQueryParameter("minorversion", minorVersion).build();
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode response : api.get(url, Map.of()).path("CDCResponse")) {
            for (JsonNode query : response.path("QueryResponse")) {
                query.path(entity()).forEach(records::add);
            }
        }
        return new SyncPage<>(records, cursor.completed(newest(records)), true);
    }

    private static Instant newest(List<JsonNode> records) {
        Instant newest = null;
        for (JsonNode record : records) {
            Instant updated = QboDates.instant(record.path("MetaData").path("LastUpdatedTime").asText(null));
            if (updated != null && (newest == null || updated.isAfter(newest))) {
                newest = updated;
            }
        }
        return newest;
    }
}
