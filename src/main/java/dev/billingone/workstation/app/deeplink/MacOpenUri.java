package dev.billingone.workstation.app.deeplink;

import java.awt.Desktop;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * macOS hands a clicked {@code billingone://} link to the running app as an "open URL" Apple event, never as a
 * command-line argument (so {@code open URL} is not run there): where the desktop delivers that event, its URI goes
 * to the same receiver as links forwarded by a second process. Elsewhere nothing is touched (AWT stays unloaded).
 */
public final class MacOpenUri {
    private static final Logger LOG = LoggerFactory.getLogger(MacOpenUri.class);

    private MacOpenUri() {
    }

    /** Registers the handler when this is macOS with a desktop that supports it; true when registered. */
    public static boolean register(SingleInstance.LinkHandler receiver) {
        if (!System.getProperty("os.name", "").startsWith("Mac") || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_URI)) {
            return false;
        }
        Desktop.getDesktop().setOpenURIHandler(event -> open(receiver, event.getURI()));
        return true;
    }

    /** Off the AppKit thread: checking the link reads the database. A bad link is logged (no process waits for an answer). */
    private static void open(SingleInstance.LinkHandler receiver, URI uri) {
        Thread thread = new Thread(() -> {
            try {
                receiver.handle(uri.toString());
            } catch (RuntimeException e) {
                LOG.warn("Could not open {}: {}", uri, e.getMessage());
            }
        }, "open-uri");
        thread.setDaemon(true);
        thread.start();
    }
}
