package dev.billingone.workstation.app;

import dev.billingone.workstation.app.deeplink.DeepLinkParser;
import dev.billingone.workstation.app.deeplink.LinkReceiver;
import dev.billingone.workstation.app.deeplink.MacOpenUri;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.app.deeplink.RouteInbox;
import dev.billingone.workstation.app.deeplink.SingleInstance;
import dev.billingone.workstation.config.Display;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.WorkstationApp;
import java.io.IOException;
import java.util.Optional;

/**
 * Starts JavaFX only when a window is wanted; the CLI path never reaches this class. The process becomes the
 * single instance for its data dir first, so links opened while it runs arrive in its windows.
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** No command: raises the running workstation if there is one, else blocks until the main window closes. */
    static void openMainWindow(GlobalOptions options) {
        Workstation probe = Workstation.of(options, System.getenv());
        Route dashboard = Route.of(Section.DASHBOARD);
        if (SingleInstance.forward(probe.dataDir().path(), dashboard.link()) instanceof SingleInstance.Forwarded.NotRunning) {
            open(options, dashboard);
        }
    }

    /** Starts the workstation at {@code route} and blocks until its last window closes. */
    public static void open(GlobalOptions options, Route route) {
        Display.require("The workstation's window", System.getenv());
        Workstation workstation = Workstation.of(options, System.getenv());
        DeepLinkParser parser = new DeepLinkParser(workstation.settings().get("web.baseUrl"));
        RouteInbox inbox = new RouteInbox();
        LinkReceiver receiver = new LinkReceiver(workstation::store, parser, inbox);
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.listen(workstation.dataDir().path(), receiver);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot listen for links on 127.0.0.1 (" + e.getMessage() + "); "
                    + "check that the data dir " + workstation.dataDir().path() + " is writable.", e);
        }
        if (instance.isEmpty()) {
            // Another instance started between our check and now: let it show the route.
            SingleInstance.forward(workstation.dataDir().path(), route.link());
            return;
        }
        try (SingleInstance ignored = instance.get()) {
            MacOpenUri.register(receiver); // before launch: the link that started the app arrives as the first event
            inbox.deliver(route);
            ToolkitWarmUp.awaitStarted();
            WorkstationApp.launch(workstation, inbox, StartupProbe::windowShown);
        }
    }
}
