package dev.billingone.workstation.ui.notify;

import dev.billingone.workstation.notify.Delivery;
import dev.billingone.workstation.notify.Notification;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.util.Duration;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/** Shows a notification where its settings say; a click hands its link to the router. */
public final class DesktopNotifier {
    private final Window owner;
    private final Consumer<String> openLink;
    private final TrayNotifier tray;

    public DesktopNotifier(Window owner, Consumer<String> openLink) {
        this.owner = owner;
        this.openLink = openLink;
        this.tray = new TrayNotifier(openLink);
    }

    /** Call on the FX thread. */
    public void show(Notification notification) {
        if (notification.delivery() == Delivery.NONE) {
            return;
        }
        if (notification.delivery() == Delivery.TRAY
                && tray.show(notification.title(), notification.text(), notification.link())) {
            return;
        }
        Notifications.create()
                .owner(owner)
                .title(notification.title())
                .text(notification.text() + "\nClick to open.")
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(12))
                .onAction(e -> openLink.accept(notification.link()))
                .showInformation();
    }

    public void close() {
        tray.remove();
    }
}
