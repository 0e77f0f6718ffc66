package dev.billingone.workstation.sync.connectors.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.SyncResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * A Pax8 list: pages from 0, 200 per page (the maximum), {@code content} plus {@code page.totalPages}. Pax8 has
 * no "changed since" filter, so every run reads the whole list; the cursor still records the page in progress
 * so an interrupted run resumes where it stopped.
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

    @Override
    public SyncPage<JsonNode> fetch(SyncCursorValue cursor) {
        int page = cursor.pageOr(0);
        HttpUrl url = baseUrl.newBuilder().addPathSegment(path())
                .addQueryParameter("page", String.valueOf(page))
                .addQueryParameter("size", String.valueOf(SIZE)).build();
        JsonNode body = api.get(url, Map.of());
        List<JsonNode> records = new ArrayList<>();
        body.path("content").forEach(records::add);
        JsonNode totalPages = body.path("page").path("totalPages");
        boolean last = totalPages.isNumber() ? page + 1 >= totalPages.asInt() : records.size() < SIZE;
        return new SyncPage<>(records, last ? cursor.completed(null) : cursor.nextPage(page + 1, null), last);
    }
}
