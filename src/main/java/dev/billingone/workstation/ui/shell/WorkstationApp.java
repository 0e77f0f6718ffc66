package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.Workstation;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: receives the wiring from the launcher and shows the main window. */
public final class WorkstationApp extends Application {
    private static volatile Workstation workstation;
    private static volatile long startNanos;

    public static void launchMain(Workstation wiring, long launchedAtNanos) {
        workstation = wiring;
        startNanos = launchedAtNanos;
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("BillingOne Workstation");
        stage.show();
    }

    @Override
    public void stop() {
        workstation.close();
    }
}
