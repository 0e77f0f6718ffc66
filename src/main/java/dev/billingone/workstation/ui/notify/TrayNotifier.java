package dev.billingone.workstation.ui.notify;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's notification area, through AWT because JavaFX has none. Not every desktop has a tray
 * (GNOME without an extension, headless runs): {@link #available()} says so and the caller falls back to in-app.
 */
final class TrayNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);

    private final Consumer<String> openLink;
    private final AtomicReference<String> lastLink = new AtomicReference<>();
    private TrayIcon icon;

    TrayNotifier(Consumer<String> openLink) {
        this.openLink = openLink;
    }

    static boolean available() {
        return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    /** @return false when the tray could not show it (the caller then shows it in the app) */
    synchronized boolean show(String title, String text, String link) {
        if (!available()) {
            return false;
        }
        try {
            if (icon == null) {
                icon = new TrayIcon(badge(), "BillingOne");
                icon.setImageAutoSize(true);
                // A click on the balloon (or the icon) opens what the latest message was about.
                icon.addActionListener(e -> Platform.runLater(() -> openLink.accept(lastLink.get())));
                SystemTray.getSystemTray().add(icon);
            }
            lastLink.set(link);
            icon.displayMessage(title, text, TrayIcon.MessageType.INFO);
            return true;
        } catch (AWTException | UnsupportedOperationException | SecurityException e) {
            LOG.info("System tray not usable, showing notifications in the app: {}", e.toString());
            return false;
        }
    }

    synchronized void remove() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }

    private static BufferedImage badge() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1F, 0x6F, 0xEB));
        g.fillOval(0, 0, 16, 16);
        g.setColor(java.awt.Color.WHITE);
        g.drawString("B", 4, 13);
        g.dispose();
        return image;
    }
}
