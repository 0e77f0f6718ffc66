package dev.billingone.workstation.sync.connectors.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.SyncResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * A Pax8 list: pages from 0, 200 per page (the maximum), {@code content} plus {@code page.totalPages}. Most Pax8
 * lists have no "changed since" filter, so every run reads the whole list; the cursor still records the page in
 * progress so an interrupted run resumes where it stopped.
 */
abstract class Pax8PagedResource implements SyncResource<JsonNode> {
    static final int SIZE = 200;
    static final String TENANT = "default";

    private final RemoteApi api;
    private final HttpUrl baseUrl;

    Pax8PagedResource(RemoteApi api, HttpUrl baseUrl) {
        this.api = api;
        this.baseUrl = baseUrl;
    }

    abstract String path();

    /** Extra query parameters for a run from {@code cursor} (e.g. a date filter from its watermark). */
    Map<String, String> query(SyncCursorValue cursor) {
        return Map.of();
    }

    /** When a record last changed, for the watermark; null where Pax8 does not say. */
    Instant changed(JsonNode record) {
        return null;
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.PAX8;
    }

    @Override
    public String tenant() {
        return TENANT;
    }

    @Override
    public RemoteApi api() {
        return api;
    }

    HttpUrl.Builder url() {
        return baseUrl.newBuilder();
    }

    @Override
    public SyncPage<JsonNode> fetch(SyncCursorValue cursor) {
        int page = cursor.pageOr(0);
        HttpUrl.Builder url = url().addPathSegments(path());
        query(cursor).forEach(url::addQueryParameter);
        Page read = read(url, page);
        Instant newest = null;
        for (JsonNode record : read.records()) {
            Instant changed = changed(record);
            if (changed != null && (newest == null || changed.isAfter(newest))) {
                newest = changed;
            }
        }
        return new SyncPage<>(read.records(), read.last() ? cursor.completed(newest) : cursor.nextPage(page + 1, newest),
                read.last());
    }

    /** Every page of a (small) sub-list, e.g. one invoice's items. */
    List<JsonNode> readAll(HttpUrl.Builder url) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page read = read(url, page);
            all.addAll(read.records());
            if (read.last()) {
                return all;
            }
        }
    }

    private record Page(List<JsonNode> records, boolean last) {
    }

    private Page read(HttpUrl.Builder url, int page) {
        HttpUrl pageUrl = url.setQueryParameter("page", String.valueOf(page))
                .setQueryParameter("size", String.valueOf(SIZE)).build();
        JsonNode body = api.get(pageUrl, Map.of());
        List<JsonNode> records = new ArrayList<>();
        body.path("content").forEach(records::add);
        JsonNode totalPages = body.path("page").path("totalPages");
        return new Page(records, totalPages.isNumber() ? page + 1 >= totalPages.asInt() : records.size() < SIZE);
    }
}
