package dev.billingone.workstation.app;

/**
 * For {@code bench startup}: with {@code -Dbillingone.bench.startup=true} the app prints how long it took from
 * process start to the main window on screen, then exits.
 */
final class StartupProbe {
    static final String PROPERTY = "billingone.bench.startup";

    private StartupProbe() {
    }

    static void windowShown() {
        if (Boolean.getBoolean(PROPERTY)) {
            long uptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("window-shown-ms=" + uptimeMs);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
