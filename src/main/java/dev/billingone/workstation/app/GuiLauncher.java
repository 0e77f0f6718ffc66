package dev.billingone.workstation.app;

import dev.billingone.workstation.ui.shell.WorkstationApp;

/** Starts JavaFX only when a window is wanted; the CLI path never reaches this class. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Blocks until the main window closes. */
    static void openMainWindow(GlobalOptions options) {
        Workstation workstation = Workstation.of(options, System.getenv());
        WorkstationApp.launchMain(workstation, StartupProbe::windowShown);
    }

}
