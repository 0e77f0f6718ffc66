package dev.billingone.workstation.sync.connectors.xero;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.SyncResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * A Xero list read incrementally: {@code If-Modified-Since} the cursor's watermark, oldest change first, page by
 * page (100 records each; Items and TaxRates come whole, in one call). The last page is known from {@code pagination.pageCount} when Xero sends it (so no
 * extra call is made for an empty page), otherwise from a short page.
 */
abstract class XeroPagedResource implements SyncResource<JsonNode> {
    static final int PAGE_SIZE = 100;

    private final RemoteApi api;
    private final HttpUrl baseUrl;
    private final String tenant;

    XeroPagedResource(RemoteApi api, HttpUrl baseUrl, String tenant) {
        this.api = api;
        this.baseUrl = baseUrl;
        this.tenant = tenant;
    }

    /** Path segment, e.g. "Invoices"; also the JSON array's name. */
    abstract String endpoint();

    /** False for lists Xero returns whole (Items, TaxRates): one call, no page parameter. */
    boolean paged() {
        return true;
    }

    /** Oldest change first, so that the watermark only moves forward; null for lists without UpdatedDateUTC. */
    String order() {
        return "UpdatedDateUTC ASC";
    }

    /** Extra query parameters, e.g. a where filter. */
    Map<String, String> query() {
        return Map.of();
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.XERO;
    }

    @Override
    public String tenant() {
        return tenant;
    }

    @Override
    public RemoteApi api() {
        return api;
    }

    @Override
    public SyncPage<JsonNode> fetch(SyncCursorValue cursor) {
        int page = cursor.pageOr(1);
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment(endpoint());
        if (paged()) {
            url.addQueryParameter("page", String.valueOf(page));
        }
        if (order() != null) {
            url.addQueryParameter("order", order());
        }
        query().forEach(url::addQueryParameter);
        Map<String, String> headers = new HashMap<>();
        if (cursor.since() != null) {
            headers.put("If-Modified-Since", XeroDates.ifModifiedSince(cursor.since()));
        }
        JsonNode body = api.get(url.build(), headers);
        List<JsonNode> records = new ArrayList<>();
        body.path(endpoint()).forEach(records::add);
        Instant newest = null;
        for (JsonNode record : records) {
            Instant updated = XeroDates.instant(record.path("UpdatedDateUTC").asText(null));
            if (updated != null && (newest == null || updated.isAfter(newest))) {
                newest = updated;
            }
        }
        JsonNode pageCount = body.path("pagination").path("pageCount");
        boolean last = !paged() || (pageCount.isNumber() ? page >= pageCount.asInt() : records.size() < PAGE_SIZE);
        return new SyncPage<>(records, last ? cursor.completed(newest) : cursor.nextPage(page + 1, newest), last);
    }
}
