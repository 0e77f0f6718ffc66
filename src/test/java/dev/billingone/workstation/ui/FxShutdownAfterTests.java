package dev.billingone.workstation.ui;

import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testfx.api.FxToolkit;

/**
 * Stops JavaFX once the last test has run, before the test JVM exits. Left running, the toolkit's threads (the
 * renderer, the embedded browser's engine) were still inside native code while the JVM exited: one CI run passed all
 * its tests and then died of SIGABRT at exit, which fails the build as surely as a failing test.
 */
public final class FxShutdownAfterTests implements LauncherSessionListener {
    private static final String FX_THREAD = "JavaFX Application Thread";

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            return; // no GUI test ran in this JVM
        }
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            // windows that will not close still go with the toolkit
        }
        Thread fxThread = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(FX_THREAD)).findFirst().orElse(null);
        Platform.exit();
        if (fxThread != null) {
            try {
                fxThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
