package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.SyncConnector;
import dev.billingone.workstation.sync.connectors.pax8.Pax8Connector;
import dev.billingone.workstation.sync.connectors.qbo.QboConnector;
import dev.billingone.workstation.sync.connectors.xero.XeroConnector;
import java.util.List;

/** The connectors we have, by system; the one place that knows them all (the engine knows none). */
public final class Connectors {
    public static final List<ExternalSystem> SYNCABLE = List.of(ExternalSystem.PAX8, ExternalSystem.XERO, ExternalSystem.QBO);

    private Connectors() {
    }

    /** Builds the connector (asks for the connection's token, so an unconnected system fails here, clearly). */
    public static SyncConnector of(ExternalSystem system, ConnectorContext context) {
        switch (system) {
            case PAX8:
                return new Pax8Connector(context);
            case XERO:
                return new XeroConnector(context);
            case QBO:
                return new QboConnector(context);
            default:
                throw new UsageException(system.displayName() + " has no sync connector; choose pax8, xero or qbo.");
        }
    }
}
