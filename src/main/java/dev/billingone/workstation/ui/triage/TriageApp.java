package dev.billingone.workstation.ui.triage;

import atlantafx.base.theme.PrimerLight;
import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.DeepLinkParser;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.app.deeplink.RouteInbox;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.notify.NotificationCenter;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application when the workstation is started by {@code triage}: the triage window alone. */
public final class TriageApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TriageApp.class);
    private static volatile Workstation workstation;
    private static volatile RouteInbox inbox;
    private TriageWindow window;
    private NotificationCenter notifications;

    public static void launch(Workstation wiring, RouteInbox routes) {
        workstation = wiring;
        inbox = routes;
        Application.launch(TriageApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DeepLinkParser parser = new DeepLinkParser(workstation.settings().get("web.baseUrl"));
        window = new TriageWindow(stage, workstation, Clock.systemDefaultZone(), this::route,
                url -> getHostServices().showDocument(url), () -> notifications.openSettings(stage));
        notifications = new NotificationCenter(workstation, stage, new Background(e -> LOG.warn("Checking for notifications failed", e)),
                link -> inbox.deliver(parser.parse(link)));
        window.show();
        notifications.start();
        inbox.attach(route -> Platform.runLater(() -> route(route)));
    }

    private void route(Route route) {
        if (!window.show(route)) {
            window.raise();
        }
    }

    @Override
    public void stop() {
        notifications.stop();
        workstation.close();
    }
}
