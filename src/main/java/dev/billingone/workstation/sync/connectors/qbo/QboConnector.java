package dev.billingone.workstation.sync.connectors.qbo;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.OutboxHandler;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncConnector;
import dev.billingone.workstation.sync.SyncResource;
import java.util.List;
import okhttp3.HttpUrl;

/** QuickBooks Online v3 for the connected company (tenant = the token's realm id), minorversion from settings. */
public final class QboConnector implements SyncConnector {
    private final List<SyncResource<?>> resources;
    private final List<OutboxHandler> handlers;

    public QboConnector(ConnectorContext context) {
        String realm = context.tokens().current(ExternalSystem.QBO).tenantId();
        RemoteApi api = context.api(ExternalSystem.QBO, realm, (request, token) -> { });
        HttpUrl company = HttpUrl.get(context.settings().get("qbo.apiBaseUrl")).newBuilder().addPathSegment(realm).build();
        String minor = context.settings().get("qbo.minorVersion", "75");
        resources = List.of(new QboTaxCodes(api, company, realm, minor, context.clock()),
                new QboItems(api, company, realm, minor, context.clock()),
                new QboCustomers(api, company, realm, minor, context.clock()),
                new QboInvoices(api, company, realm, minor, context.clock()));
        handlers = List.of(new QboDocumentPush(api, company, minor, QboDocumentPush.Kind.INVOICE),
                new QboDocumentPush(api, company, minor, QboDocumentPush.Kind.CREDIT_MEMO));
    }

    @Override
    public ExternalSystem system() {
        return ExternalSystem.QBO;
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
