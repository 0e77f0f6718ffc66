package dev.billingone.workstation.ui.notify;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.notify.NotificationSettings;
import dev.billingone.workstation.notify.NotificationWatch;
import dev.billingone.workstation.ui.common.Background;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.stage.Window;

/** One per running app: the watch, the poller and the current settings, whichever windows are open. */
public final class NotificationCenter {
    private final Workstation workstation;
    private final Background background;
    private final AtomicReference<NotificationSettings> settings;
    private final NotificationPoller poller;

    public NotificationCenter(Workstation workstation, Window owner, Background background, Consumer<String> openLink) {
        this.workstation = workstation;
        this.background = background;
        this.settings = new AtomicReference<>(NotificationSettings.from(workstation.settings()));
        NotificationWatch watch = new NotificationWatch(workstation::store, settings::get, Clock.systemUTC());
        this.poller = new NotificationPoller(watch, background, new DesktopNotifier(owner, openLink));
    }

    public void start() {
        poller.start();
    }

    /** After the app itself synced or generated: announce what it found without waiting for the next minute. */
    public void checkNow() {
        poller.checkNow();
    }

    public void openSettings(Window owner) {
        NotificationsDialog.show(owner, settings.get(), workstation.dataDir(), background, settings::set);
    }

    public void stop() {
        poller.stop();
    }
}
