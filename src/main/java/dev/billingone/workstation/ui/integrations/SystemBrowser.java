package dev.billingone.workstation.ui.integrations;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** Opens an address in the user's default web browser (the RFC 8252 fallback for blocked embedded logins). */
final class SystemBrowser {
    private SystemBrowser() {
    }

    static void open(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String[] command = os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                    : os.contains("mac") ? new String[] {"open", url}
                    : new String[] {"xdg-open", url};
            new ProcessBuilder(command).start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not open a web browser (" + e.getMessage()
                    + "). Copy this address into your browser: " + url, e);
        }
    }
}
