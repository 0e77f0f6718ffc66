package dev.billingone.workstation.sync.connectors.xero;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.AccessToken;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.OutboxHandler;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncConnector;
import dev.billingone.workstation.sync.SyncResource;
import java.util.List;
import okhttp3.HttpUrl;

/** Xero Accounting API 2.0 for the connected organisation (tenant = the token's {@code xero-tenant-id}). */
public final class XeroConnector implements SyncConnector {
    private final List<SyncResource<?>> resources;
    private final List<OutboxHandler> handlers;

    public XeroConnector(ConnectorContext context) {
        AccessToken token = context.tokens().current(ExternalSystem.XERO);
        String tenant = token.tenantId();
        RemoteApi api = context.api(ExternalSystem.XERO, tenant,
                (request, current) -> request.header("xero-tenant-id", current.tenantId()));
        HttpUrl base = HttpUrl.get(context.settings().get("xero.apiBaseUrl"));
        // Reference data first, then contacts, so that invoices and credit notes find what they refer to.
        resources = List.of(new XeroTaxRates(api, base, tenant), new XeroItems(api, base, tenant), new XeroContacts(api, base, tenant),
                new XeroInvoices(api, base, tenant), new XeroCreditNotes(api, base, tenant));
        handlers = List.of(new XeroDocumentPush(api, base, XeroDocumentPush.Kind.INVOICES),
                new XeroDocumentPush(api, base, XeroDocumentPush.Kind.CREDIT_NOTES));
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.XERO;
    }

    @Override
    public List<SyncResource<?>> resources() {
        return resources;
    }

    @Override
    public List<OutboxHandler> handlers() {
        return handlers;
    }
}
