package dev.billingone.workstation.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.app.deeplink.RouteInbox;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: receives the wiring and the routes from the launcher and opens the windows they ask
 * for (the main window, the triage window, or both).
 */
public final class WorkstationApp extends Application {
    private static volatile Workstation workstation;
    private static volatile RouteInbox inbox;
    private static volatile Runnable onShown = () -> { };
    private AppWindows windows;

    /**
     * Blocks until the last window closes; the first route in {@code routes} decides which window opens first.
     * {@code shown} runs once the main window is on screen (startup bench).
     */
    public static void launch(Workstation wiring, RouteInbox routes, Runnable shown) {
        workstation = wiring;
        inbox = routes;
        onShown = shown;
        Application.launch(WorkstationApp.class);
    }

    /** The look of every window: AtlantaFX Primer Light. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void start(Stage stage) {
        applyTheme();
        windows = new AppWindows(stage, workstation, url -> getHostServices().showDocument(url), onShown);
        inbox.attach(route -> Platform.runLater(() -> windows.open(route)));
    }

    @Override
    public void stop() {
        windows.close();
        workstation.close();
    }
}
