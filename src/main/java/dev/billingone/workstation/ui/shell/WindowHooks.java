package dev.billingone.workstation.ui.shell;

/** What the main window asks of the app around it: the triage window (Window → Triage) and the system browser. */
public interface WindowHooks {
    void showTriage();

    void openInBrowser(String url);

    /** Look for news now (a sync just ended) instead of at the next minute; any thread. */
    default void checkNews() {
    }

    /** For a main window on its own (tests): the triage window and the browser are not there. */
    static WindowHooks none() {
        return new WindowHooks() {
            @Override
            public void showTriage() {
            }

            @Override
            public void openInBrowser(String url) {
            }
        };
    }
}
