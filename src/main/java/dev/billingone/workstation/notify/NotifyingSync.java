package dev.billingone.workstation.notify;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.connectors.ConnectedSync;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Sync, then look for news: the one way the CLI's {@code sync} and the Sync screen's "Sync now" run, so every finished
 * sync is followed by the notification check (new missed billing, drafts ready, a connection that needs signing in
 * again) — also a sync that failed or was cancelled, since a connection found dead is exactly the news.
 */
public final class NotifyingSync {
    private final ConnectedSync sync;
    private final NewsCheck news;

    public NotifyingSync(ConnectedSync sync, NewsCheck news) {
        this.sync = sync;
        this.news = news;
    }

    public List<ExternalSystem> connectedSystems() {
        return sync.connectedSystems();
    }

    public ConnectedSync.Outcome run(List<ExternalSystem> systems, BooleanSupplier cancelled, Consumer<String> progress) {
        try {
            return sync.run(systems, cancelled, progress);
        } finally {
            news.checkNow();
        }
    }
}
