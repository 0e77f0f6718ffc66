package dev.billingone.workstation.ui.triage;

import atlantafx.base.theme.PrimerLight;
import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.app.deeplink.RouteInbox;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application when the workstation is started by {@code triage}: the triage window alone. */
public final class TriageApp extends Application {
    private static volatile Workstation workstation;
    private static volatile RouteInbox inbox;
    private TriageWindow window;

    public static void launch(Workstation wiring, RouteInbox routes) {
        workstation = wiring;
        inbox = routes;
        Application.launch(TriageApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new TriageWindow(stage, workstation, Clock.systemDefaultZone(), this::route,
                url -> getHostServices().showDocument(url));
        window.show();
        inbox.attach(route -> Platform.runLater(() -> route(route)));
    }

    private void route(Route route) {
        if (!window.show(route)) {
            window.raise();
        }
    }

    @Override
    public void stop() {
        workstation.close();
    }
}
