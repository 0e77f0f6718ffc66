package dev.billingone.workstation.notify;

import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Remembers when it last looked, so each change is announced once: {@link #check} returns what happened since the
 * previous check and moves the mark. The mark is taken before the read, so a change stamped during the read is
 * announced by the next check rather than lost. The store is asked for at the first check, off the UI thread.
 */
public final class NotificationWatch {
    private final Supplier<Store> store;
    private final Supplier<NotificationSettings> settings;
    private final Clock clock;
    private Instant lastCheck;

    public NotificationWatch(Supplier<Store> store, Supplier<NotificationSettings> settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.lastCheck = clock.instant();
    }

    public synchronized List<Notification> check() {
        Instant now = clock.instant();
        List<Notification> found = SyncNotifications.since(store.get(), lastCheck, settings.get());
        lastCheck = now;
        return found;
    }
}
