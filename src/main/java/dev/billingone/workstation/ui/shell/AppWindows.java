package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.DeepLinkParser;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.app.deeplink.RouteCheck;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.notify.NotificationCenter;
import dev.billingone.workstation.ui.triage.TriageWindow;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The windows of one running workstation and the router every link goes through (another process's
 * {@code open URL}, a notification click, Window → Triage): the main window navigates and comes to the front, the
 * triage window opens or comes to the front. The first window uses JavaFX's primary stage.
 */
final class AppWindows implements WindowHooks {
    private final Stage primary;
    private final Workstation workstation;
    private final Consumer<String> browser;
    private final Runnable onMainShown;
    private final Background background;
    private final DeepLinkParser parser;
    private boolean primaryUsed;
    private MainWindow main;
    private TriageWindow triage;
    private NotificationCenter notifications;

    AppWindows(Stage primary, Workstation workstation, Consumer<String> browser, Runnable onMainShown) {
        this.primary = primary;
        this.workstation = workstation;
        this.browser = browser;
        this.onMainShown = onMainShown;
        this.background = new Background(failure -> ErrorDialogs.show(anyWindow(), failure));
        this.parser = new DeepLinkParser(workstation.settings().get("web.baseUrl"));
    }

    /** Shows {@code route}; a client id that does not exist is reported in a dialog, never a crash. */
    void open(Route route) {
        if (route.window() == Route.Window.TRIAGE) {
            triage().raise();
            return;
        }
        if (main == null && triage != null && triage.show(route)) {
            return; // a triage-only session keeps links the triage window can show in it
        }
        if (!RouteCheck.needsDatabase(route)) {
            // The window shows at once (it says "Opening the database…"); waiting for the database first kept
            // every start-up windowless for the seconds Flyway and Hibernate take.
            showMain(route);
            return;
        }
        background.run("Opening " + route.link(), () -> RouteCheck.requireKnown(workstation.store(), route), this::showMain);
    }

    private void showMain(Route route) {
        MainWindow window = main();
        window.navigateWhenReady(route.section(), route.parameters());
        window.raise();
    }

    @Override
    public void showTriage() {
        triage().raise();
    }

    @Override
    public void openInBrowser(String url) {
        browser.accept(url);
    }

    @Override
    public void checkNews() {
        Platform.runLater(() -> {
            if (notifications != null) {
                notifications.checkNow();
            }
        });
    }

    private MainWindow main() {
        if (main == null) {
            Stage stage = nextStage();
            main = new MainWindow(stage, workstation, this);
            stage.setOnShown(e -> onMainShown.run());
            stage.show();
            main.start();
            startNotifications(stage);
        }
        return main;
    }

    private TriageWindow triage() {
        if (triage == null) {
            Stage stage = nextStage();
            triage = new TriageWindow(stage, workstation, Clock.systemDefaultZone(), this::open, browser,
                    () -> notifications.openSettings(stage));
            triage.show();
            startNotifications(stage);
        }
        return triage;
    }

    private Stage nextStage() {
        if (!primaryUsed) {
            primaryUsed = true;
            return primary;
        }
        return new Stage();
    }

    private void startNotifications(Stage owner) {
        if (notifications == null) {
            notifications = new NotificationCenter(workstation, owner, background, link -> open(parser.parse(link)));
            notifications.start();
        }
    }

    private Window anyWindow() {
        return main != null ? main.stage() : primary;
    }

    void close() {
        if (notifications != null) {
            notifications.stop();
        }
        background.shutdown();
    }
}
