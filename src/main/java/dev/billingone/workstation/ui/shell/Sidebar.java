package dev.billingone.workstation.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The sections down the left of the main window, one toggle each, exactly one on. Toggles rather than a ListView:
 * for fourteen fixed rows the list's virtual flow, scroll bars and cells cost the window's first appearance a
 * seventh of a second. (Every section is also in the Go menu, with a shortcut.)
 */
final class Sidebar {
    private final VBox root = new VBox(2);
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Section, ToggleButton> toggles = new EnumMap<>(Section.class);
    private Consumer<Section> onChosen = section -> { };
    private boolean quiet;

    Sidebar() {
        root.setId("sidebar");
        root.setPrefWidth(210);
        root.setPadding(new Insets(8, 6, 8, 6));
        root.getStylesheets().add(Sidebar.class.getResource("sidebar.css").toExternalForm());
        for (Section section : Section.values()) {
            ToggleButton toggle = new ToggleButton(section.title());
            toggle.setId("nav-" + section.path());
            toggle.setUserData(section);
            toggle.setToggleGroup(group);
            toggle.setMaxWidth(Double.MAX_VALUE);
            toggle.setAlignment(Pos.CENTER_LEFT);
            toggles.put(section, toggle);
            root.getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> chosen(old, now));
    }

    private void chosen(Toggle old, Toggle now) {
        if (now == null) {
            // A click on the section already open would leave none on: keep it on (and open it again, as a refresh).
            quietly(() -> old.setSelected(true));
            now = old;
        }
        if (!quiet) {
            onChosen.accept((Section) now.getUserData());
        }
    }

    Node node() {
        return root;
    }

    /** What a click on a section does. */
    void onChosen(Consumer<Section> action) {
        onChosen = action;
    }

    /** The section whose toggle is on, or null before the first. */
    Section selected() {
        Toggle toggle = group.getSelectedToggle();
        return toggle == null ? null : (Section) toggle.getUserData();
    }

    /** Turns {@code section}'s toggle on without a click's action: the window is already showing it. */
    void mark(Section section) {
        quietly(() -> toggles.get(section).setSelected(true));
    }

    private void quietly(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }
}
