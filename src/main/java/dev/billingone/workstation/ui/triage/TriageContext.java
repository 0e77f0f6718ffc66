package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.ui.common.Background;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What the triage panes share: the wiring, the background runner, today's date (from a clock tests can fix), and
 * the router for links that leave the triage window. {@link #changed} tells every window to reload after a write.
 */
record TriageContext(Workstation workstation, Background background, Clock clock, Consumer<Route> router,
                     Runnable changed) {
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
