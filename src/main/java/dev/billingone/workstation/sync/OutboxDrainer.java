package dev.billingone.workstation.sync;

import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the outbox draining in the background, so that writes queued while offline go out once the network is
 * back, without anyone pressing "Sync". Every {@code interval} it looks for due entries (a cheap count) and, if
 * there are any, drains them with an {@link OutboxWorker}. Whether we are offline is what the worker found (no
 * network, DNS, 503, timeouts) — not a guess: while offline the worker's entries back off from {@code interval}
 * to {@code maxWait}, so a reconnect is noticed within {@code maxWait} at the latest. With {@code forcedOffline}
 * (setting {@code sync.offline}) nothing is sent at all.
 */
public final class OutboxDrainer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDrainer.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    /** What the status bar shows: "offline · 3 queued". */
    public record Status(boolean offline, long queued) {
        public String describe() {
            return (offline ? "offline" : "online") + " \u00b7 " + queued + " queued";
        }
    }

    private final Store store;
    private final Supplier<List<OutboxHandler>> handlers;
    private final Clock clock;
    private final Duration interval;
    private final RetryPolicy backoff;
    private final boolean forcedOffline;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-drainer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Status status;
    private volatile boolean closed;
    private ScheduledFuture<?> next;

    /**
     * @param handlers the handlers of the connected systems, asked for only when something is due (building
     *                 them may need a token)
     */
    public OutboxDrainer(Store store, Supplier<List<OutboxHandler>> handlers, Clock clock, Duration interval,
                         Duration maxWait, boolean forcedOffline) {
        this.store = store;
        this.handlers = handlers;
        this.clock = clock;
        this.interval = interval;
        this.backoff = new RetryPolicy(Integer.MAX_VALUE, interval, maxWait);
        this.forcedOffline = forcedOffline;
    }

    /** Called on the drainer's thread whenever the status changes (and once when first known); returns the unsubscribe. */
    public Runnable onChange(Consumer<Status> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Null until the first look at the outbox. */
    public Status status() {
        return status;
    }

    /** Starts ticking now; also used to look again right away (after a sync, or a retry from the outbox list). */
    public synchronized void wake() {
        if (closed) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = scheduler.schedule(this::tickAndReschedule, 0, TimeUnit.MILLISECONDS);
    }

    private void tickAndReschedule() {
        try {
            tick();
        } catch (RuntimeException e) { // a closed or unreachable database must not end the loop
            LOG.warn("Outbox drain failed: {}", e.getMessage());
        }
        synchronized (this) {
            if (!closed) {
                next = scheduler.schedule(this::tickAndReschedule, interval.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** One look at the outbox: drains what is due, then publishes the status. */
    Status tick() {
        boolean offline = status != null && status.offline();
        if (forcedOffline) {
            offline = true;
        } else if (store.read(session -> Outbox.dueCount(session, clock.instant())) > 0) {
            offline = drain();
        }
        Status now = new Status(offline, store.read(Outbox::queuedCount));
        boolean changed = !now.equals(status);
        status = now;
        if (changed) {
            listeners.forEach(listener -> listener.accept(now));
        }
        return now;
    }

    /** True when a remote system was unreachable. */
    private boolean drain() {
        List<OutboxHandler> available;
        try {
            available = handlers.get();
        } catch (RemoteUnavailableException e) {
            LOG.info("Outbox: cannot reach the token endpoint, entries stay queued: {}", e.getMessage());
            return true;
        } catch (RemoteSystemException e) {
            LOG.info("Outbox: no connection to deliver through, entries stay queued: {}", e.getMessage());
            return false;
        }
        return new OutboxWorker(store, available, clock, backoff, LEASE).drain(() -> closed).offline();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        scheduler.shutdownNow();
    }
}
