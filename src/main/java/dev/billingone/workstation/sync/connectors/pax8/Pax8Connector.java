package dev.billingone.workstation.sync.connectors.pax8;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.OutboxHandler;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncConnector;
import dev.billingone.workstation.sync.SyncResource;
import java.util.List;
import okhttp3.HttpUrl;

/** Pax8 Partner API v1: companies, products, then subscriptions (which refer to both), then invoices. Read-only. */
public final class Pax8Connector implements SyncConnector {
    private final List<SyncResource<?>> resources;

    public Pax8Connector(ConnectorContext context) {
        RemoteApi api = context.api(ExternalSystem.PAX8, Pax8PagedResource.TENANT, (request, token) -> { });
        HttpUrl base = HttpUrl.get(context.settings().get("pax8.apiBaseUrl"));
        resources = List.of(new Pax8Companies(api, base), new Pax8Products(api, base), new Pax8Subscriptions(api, base),
                new Pax8Invoices(api, base));
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.PAX8;
    }

    @Override
    public List<SyncResource<?>> resources() {
        return resources;
    }

    @Override
    public List<OutboxHandler> handlers() {
        return List.of();
    }
}
