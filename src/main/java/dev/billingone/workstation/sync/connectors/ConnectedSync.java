package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.auth.ConnectionStatus;
import dev.billingone.workstation.auth.IntegrationConnection;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.AccessTokenProvider;
import dev.billingone.workstation.sync.ConnectorContext;
import dev.billingone.workstation.sync.OutboxHandler;
import dev.billingone.workstation.sync.RecordError;
import dev.billingone.workstation.sync.RemoteUnavailableException;
import dev.billingone.workstation.sync.SyncConnector;
import dev.billingone.workstation.sync.SyncResult;
import dev.billingone.workstation.sync.SyncService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sync" as the CLI and the Sync screen run it: the chosen (or every connected) system, one shared
 * {@link ConnectorContext} so rate-limit budgets persist between runs, and a system that cannot even be reached
 * for a token reported as a failed "connection" result instead of stopping the others.
 */
public final class ConnectedSync {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectedSync.class);
    private final Store store;
    private final Settings settings;
    private final ConnectorContext context;

    public ConnectedSync(Store store, Settings settings, AccessTokenProvider tokens) {
        this.store = store;
        this.settings = settings;
        this.context = ConnectorContext.standard(settings, tokens);
    }

    /** Every system's results (connection failures first), the outbox drain and what stays queued. */
    public record Outcome(List<SyncResult> results, SyncService.Report report) {
        public boolean remoteFailed() {
            return report.remoteFailed() || results.stream().anyMatch(SyncResult::failed);
        }
    }

    /** The syncable systems marked connected in Settings → Integrations. */
    public List<ExternalSystem> connectedSystems() {
        return store.read(session -> session.createSelectionQuery(
                        "from IntegrationConnection where status = :connected", IntegrationConnection.class)
                .setParameter("connected", ConnectionStatus.CONNECTED).getResultList().stream()
                .map(IntegrationConnection::getSystem).filter(Connectors.SYNCABLE::contains).sorted().toList());
    }

    public Outcome run(List<ExternalSystem> systems, BooleanSupplier cancelled, Consumer<String> progress) {
        List<SyncConnector> connectors = new ArrayList<>();
        List<SyncResult> results = new ArrayList<>();
        for (ExternalSystem system : systems) {
            try {
                connectors.add(Connectors.of(system, context));
            } catch (RemoteSystemException e) {
                results.add(new SyncResult(system, "connection", 0, 0, 0, 0,
                        List.of(new RecordError(system.displayName(), e.getMessage())), e.getMessage(), false));
            }
        }
        SyncService.Report report = new SyncService(store, Clock.systemUTC(), settings.getBoolean("sync.offline"))
                .run(connectors, cancelled, progress);
        results.addAll(report.results());
        return new Outcome(results, report);
    }

    /**
     * The outbox handlers of every connected system, for the background drainer. A system whose connector cannot
     * be built (no token) is left out — its entries wait — unless it is unreachable, which means we are offline.
     */
    public List<OutboxHandler> handlers() {
        List<OutboxHandler> handlers = new ArrayList<>();
        for (ExternalSystem system : connectedSystems()) {
            try {
                handlers.addAll(Connectors.of(system, context).handlers());
            } catch (RemoteUnavailableException e) {
                throw e;
            } catch (RemoteSystemException e) {
                LOG.info("Outbox: {} entries wait, its connection is not usable: {}", system.displayName(), e.getMessage());
            }
        }
        return handlers;
    }

    /** Budget left for a system's tenant, or null when nothing was called yet. */
    public String budget(ExternalSystem system, String tenant) {
        return context.limiter(system, tenant).budget().describe();
    }
}
