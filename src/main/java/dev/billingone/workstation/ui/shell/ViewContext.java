package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.notify.NewsCheck;
import dev.billingone.workstation.ui.common.Background;
import java.util.Map;

/** What a screen may use: the shared wiring, the background runner, and navigation to other screens. */
public interface ViewContext {
    Workstation workstation();

    Background background();

    void navigate(Section section, Map<String, String> parameters);

    default void navigate(Section section) {
        navigate(section, Map.of());
    }

    /** Asks the status bar (and the dashboard) to recount what they show, e.g. after a write. */
    void dataChanged();

    /** The app's notification check, asked for after a sync this screen ran; nothing for a screen on its own (tests). */
    default NewsCheck news() {
        return NewsCheck.NONE;
    }
}
