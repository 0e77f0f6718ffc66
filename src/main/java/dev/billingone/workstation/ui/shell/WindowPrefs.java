package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.InvalidInputException;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the main window's size, position and maximised state in billingone.properties. */
final class WindowPrefs {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPrefs.class);

    private WindowPrefs() {
    }

    static void restore(Stage stage, Workstation workstation) {
        Settings settings = workstation.settings();
        // Never larger than the screen: a window restored from a bigger monitor must still fit this one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(settings.getInt("ui.window.width", 1400), screen.getWidth()));
        stage.setHeight(Math.min(settings.getInt("ui.window.height", 880), screen.getHeight()));
        int x = settings.getInt("ui.window.x", Integer.MIN_VALUE);
        int y = settings.getInt("ui.window.y", Integer.MIN_VALUE);
        if (x != Integer.MIN_VALUE && y != Integer.MIN_VALUE) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.getBoolean("ui.window.maximized"));
    }

    /** Best effort: a data folder that cannot be written (removed, read-only) must never stop the window closing. */
    static void save(Stage stage, Workstation workstation) {
        var dataDir = workstation.dataDir();
        try {
            dataDir.saveSetting("ui.window.maximized", String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                dataDir.saveSetting("ui.window.width", String.valueOf((int) stage.getWidth()));
                dataDir.saveSetting("ui.window.height", String.valueOf((int) stage.getHeight()));
                dataDir.saveSetting("ui.window.x", String.valueOf((int) stage.getX()));
                dataDir.saveSetting("ui.window.y", String.valueOf((int) stage.getY()));
            }
        } catch (InvalidInputException e) {
            LOG.warn("Window size not remembered: {}", e.getMessage());
        }
    }
}
