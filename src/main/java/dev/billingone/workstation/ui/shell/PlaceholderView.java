package dev.billingone.workstation.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a section shows until the capability that fills it is built — says which, never fake data. */
final class PlaceholderView implements SectionView {
    private final VBox root;

    PlaceholderView(Section section, String capability) {
        Label title = new Label(section.title());
        title.getStyleClass().add("title-2");
        Label text = new Label("This screen arrives with \u201c" + capability + "\u201d.");
        text.getStyleClass().add("text-muted");
        root = new VBox(12, title, text);
        root.setAlignment(Pos.CENTER);
    }

    @Override
    public Node node() {
        return root;
    }
}
