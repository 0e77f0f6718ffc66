package dev.billingone.workstation.sync;

import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * "Sync": pull every resource of the given connectors since its cursor, then drain the outbox through their
 * handlers. One service for the CLI ({@code sync}) and the Sync screen. A failing resource does not stop the others.
 * With {@code offline} (setting {@code sync.offline}), nothing is sent or fetched and the outbox just keeps queuing.
 */
public final class SyncService {
    private final Store store;
    private final Clock clock;
    private final boolean offline;

    public SyncService(Store store, Clock clock, boolean offline) {
        this.store = store;
        this.clock = clock;
        this.offline = offline;
    }

    /** Results per (system, resource), the outbox drain, and what stays queued. */
    public record Report(List<SyncResult> results, OutboxWorker.DrainResult outbox, long queued, boolean offline) {
        public boolean remoteFailed() {
            return results.stream().anyMatch(SyncResult::failed) || (outbox != null && outbox.failed() > 0);
        }
    }

    public Report run(List<SyncConnector> connectors, BooleanSupplier cancelled, Consumer<String> progress) {
        if (offline) {
            progress.accept("Offline mode (sync.offline=true): nothing fetched or sent; writes stay queued.");
            return new Report(List.of(), null, store.read(Outbox::queuedCount), true);
        }
        SyncEngine engine = new SyncEngine(store, clock);
        List<SyncResult> results = new ArrayList<>();
        List<OutboxHandler> handlers = new ArrayList<>();
        for (SyncConnector connector : connectors) {
            handlers.addAll(connector.handlers());
            for (SyncResource<?> resource : connector.resources()) {
                results.add(engine.run(resource, cancelled, progress));
            }
        }
        OutboxWorker.DrainResult drained = new OutboxWorker(store, handlers).drain(cancelled);
        if (drained.delivered() + drained.failed() + drained.rejected() + drained.conflicts() > 0) {
            progress.accept("Outbox: " + drained.delivered() + " delivered, " + drained.rejected() + " rejected, "
                    + drained.conflicts() + " conflicts, " + drained.failed() + " still queued"
                    + (drained.offline() ? " (offline)" : ""));
        }
        return new Report(results, drained, store.read(Outbox::queuedCount), drained.offline());
    }
}
