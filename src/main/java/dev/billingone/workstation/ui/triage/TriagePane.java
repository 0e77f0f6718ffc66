package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.triage.CsvTable;
import java.util.OptionalLong;
import javafx.scene.Node;

/** One tab of the triage window. */
interface TriagePane {
    String title();

    Node node();

    /** Reloads off the UI thread, narrowed to one client when {@code clientId} is present. */
    void reload(OptionalLong clientId);

    /** The list as it is shown now, for "Export CSV" and "Copy CSV". */
    CsvTable csv();

    /** Where "Open in web" goes from here. */
    Route route();
}
