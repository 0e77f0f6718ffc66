package dev.billingone.workstation.app;

import dev.billingone.workstation.auth.Integrations;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.OutboxDrainer;
import dev.billingone.workstation.sync.connectors.ConnectedSync;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The wiring shared by the CLI and the GUI: data dir, settings and the database, opened lazily so that
 * {@code --help} and the first window never wait for it.
 */
public final class Workstation implements AutoCloseable {
    private final DataDir dataDir;
    private final Settings settings;
    private final DatabaseTarget target;
    private Store store;
    private Integrations integrations;
    private OutboxDrainer outboxDrainer;
    private ConnectedSync connectedSync;
    /** For the vault: PATH (to find the OS keyring's secret-tool) and $BILLINGONE_VAULT_PASSPHRASE. */
    private final Map<String, String> env;

    public Workstation(DataDir dataDir, Settings settings, DatabaseTarget target) {
        this(dataDir, settings, target, System.getenv());
    }

    private Workstation(DataDir dataDir, Settings settings, DatabaseTarget target, Map<String, String> env) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.target = target;
        this.env = env;
    }

    public static Workstation of(GlobalOptions options, Map<String, String> env) {
        DataDir dataDir = DataDir.open(DataDir.resolve(options.dataDir(), env));
        Settings settings = dataDir.settings(options.overrides());
        DatabaseTarget target = options.db() == null
                ? DatabaseTarget.h2(dataDir.path())
                : DatabaseTarget.of(options.db(), options.dbUser(), env.get("BILLINGONE_DB_PASSWORD"));
        return new Workstation(dataDir, settings, target, env);
    }

    public synchronized Store store() {
        if (store == null) {
            store = Store.open(target);
        }
        return store;
    }

    /**
     * Connections, this workstation's token vault and the {@code AccessTokenProvider} connectors use. The vault
     * passphrase (if the key file has one) comes from $BILLINGONE_VAULT_PASSPHRASE.
     */
    public synchronized Integrations integrations() {
        if (integrations == null) {
            integrations = Integrations.open(store(), dataDir.path(), settings, env, null);
        }
        return integrations;
    }

    /**
     * The background outbox drainer (not started: {@link OutboxDrainer#wake()} starts it). It looks every
     * {@code sync.outboxIntervalSeconds} (default 30) and, while offline, waits at most 5 minutes between tries.
     */
    public synchronized OutboxDrainer outboxDrainer() {
        if (outboxDrainer == null) {
            outboxDrainer = new OutboxDrainer(store(), () -> connectedSync().handlers(), Clock.systemUTC(), Duration.ofSeconds(settings.getInt("sync.outboxIntervalSeconds", 30)), Duration.ofMinutes(5),
                    settings.getBoolean("sync.offline"));
        }
        return outboxDrainer;
    }

    /** What the drainer last found, if one runs in this process; asking never creates one. */
    public synchronized Optional<OutboxDrainer.Status> outboxStatus() {
        return outboxDrainer == null ? Optional.empty() : Optional.ofNullable(outboxDrainer.status());
    }

    /** Built on first need, since it opens the token vault. */
    private synchronized ConnectedSync connectedSync() {
        if (connectedSync == null) {
            connectedSync = new ConnectedSync(store(), settings, integrations().tokens());
        }
        return connectedSync;
    }

    public DataDir dataDir() {
        return dataDir;
    }

    public Settings settings() {
        return settings;
    }

    public DatabaseTarget target() {
        return target;
    }

    @Override
    public synchronized void close() {
        if (outboxDrainer != null) {
            outboxDrainer.close();
            outboxDrainer = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
