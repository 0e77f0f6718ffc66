package dev.billingone.workstation.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.billingone.workstation.app.Workstation;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: receives the wiring from the launcher and shows the main window. */
public final class WorkstationApp extends Application {
    private static volatile Workstation workstation;
    private static volatile Runnable onShown = () -> { };

    /** Blocks until the last window closes. {@code shown} runs once the window is on screen (startup bench). */
    public static void launchMain(Workstation wiring, Runnable shown) {
        workstation = wiring;
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
        MainWindow window = new MainWindow(stage, workstation);
        stage.setOnShown(e -> onShown.run());
        stage.show();
        window.start();
    }

    @Override
    public void stop() {
        workstation.close();
    }
}
