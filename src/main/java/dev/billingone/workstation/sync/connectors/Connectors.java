package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.sync.AccessTokenProvider;
import dev.billingone.workstation.sync.ClientCredentialsTokenProvider;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.connectors.pax8.Pax8TokenGrant;
import dev.billingone.workstation.sync.SyncConnector;
import dev.billingone.workstation.sync.connectors.pax8.Pax8Connector;
import dev.billingone.workstation.sync.connectors.qbo.QboConnector;
import dev.billingone.workstation.sync.connectors.xero.XeroConnector;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The connectors we have, by system; the one place that knows them all (the engine knows none). */
public final class Connectors {
    public static final List<ExternalSystem> SYNCABLE = List.of(ExternalSystem.PAX8, ExternalSystem.XERO, ExternalSystem.QBO);

    private Connectors() {
    }

    /**
     * The app's tokens. Client-credential connections (Pax8) get theirs from the stored credentials; until the
     * encrypted token vault is wired in here, nothing is stored, so every system reports "not connected".
     */
    public static AccessTokenProvider appTokens(Settings settings) {
        return clientCredentialTokens(settings, system -> Optional.empty());
    }

    /** Tokens for client-credential connections (Pax8), with the credentials from {@code source} (the vault). */
    public static ClientCredentialsTokenProvider clientCredentialTokens(Settings settings,
                                                                        ClientCredentialsTokenProvider.CredentialsSource source) {
        return new ClientCredentialsTokenProvider(
                Map.of(ExternalSystem.PAX8, new Pax8TokenGrant(SyncHttp.shared(), settings, Clock.systemUTC())), source, Clock.systemUTC());
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
