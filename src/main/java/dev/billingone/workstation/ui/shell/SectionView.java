package dev.billingone.workstation.ui.shell;

import java.util.Map;
import javafx.scene.Node;

/**
 * One screen of the main window. Built lazily the first time its section is opened; {@link #show} is called
 * every time the user (or a deep link) navigates to it, with the link's parameters (e.g. {@code status=draft},
 * {@code id=42} for {@code clients/42}).
 */
public interface SectionView {
    Node node();

    /** Called on the FX thread each time the section is shown; reload data here, off the UI thread. */
    default void show(Map<String, String> parameters) {
    }
}
