package dev.billingone.workstation.app;

import dev.billingone.workstation.ui.shell.WorkstationApp;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;

/**
 * Starts JavaFX on its own threads as soon as the command line asks for a window, so that the toolkit's half a
 * second of start-up runs beside the launcher's (logging, command line, data dir, single-instance check) instead of
 * after it. {@code Application.launch} then finds the toolkit up and reuses it.
 */
final class ToolkitWarmUp {
    private static volatile CompletableFuture<Void> started;

    private ToolkitWarmUp() {
    }

    /**
     * Not on macOS: there the link that started the app arrives as an Apple event, which needs its handler
     * ({@code MacOpenUri}) registered before JavaFX starts.
     */
    static synchronized void begin() {
        if (started != null || System.getProperty("os.name", "").startsWith("Mac")) {
            return;
        }
        CompletableFuture<Void> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Platform.startup(WorkstationApp::applyTheme); // the theme's stylesheet loads while the launcher works
                future.complete(null);
            } catch (RuntimeException | Error failure) {
                future.completeExceptionally(failure);
            }
        }, "javafx-warm-up");
        thread.setDaemon(true);
        thread.start();
        started = future;
    }

    /**
     * Before {@code Application.launch}: waits until the toolkit is up (launching while it starts would race it), and
     * fails as launching would have when it could not start (no display).
     */
    static void awaitStarted() {
        CompletableFuture<Void> future = started;
        if (future == null) {
            return;
        }
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e.getCause();
        }
    }
}
