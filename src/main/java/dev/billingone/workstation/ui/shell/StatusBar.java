package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.sync.OutboxDrainer;
import dev.billingone.workstation.ui.common.Background;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Database in use, last sync, online/offline with queued writes, and what is running in the background. */
final class StatusBar {
    private static final DateTimeFormatter SYNC_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");
    private final Workstation workstation;
    private final Background background;
    private final Label database = new Label();
    private final Label queue = new Label();
    private final Label lastSync = new Label();
    private final Label activity = new Label();
    private final HBox root;
    private Runnable unsubscribe;
    private ProgressIndicator spinner;

    StatusBar(Workstation workstation, Background background) {
        this.workstation = workstation;
        this.background = background;
        database.setText(workstation.target().describe());
        activity.textProperty().bind(background.message());
        queue.setId("status-queue");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        lastSync.setId("status-last-sync");
        root = new HBox(12, database, lastSync, gap, activity, queue);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        root.getStyleClass().add("status-bar");
        // The spinner is made when work first runs, not with the window: an indeterminate spinner's skin and
        // animation cost the window's first appearance a tenth of a second even while hidden.
        background.running().addListener((obs, old, running) -> {
            if (running.intValue() > 0 && spinner == null) {
                spinner = new ProgressIndicator();
                spinner.setId("status-spinner");
                spinner.setPrefSize(14, 14);
                spinner.visibleProperty().bind(background.running().greaterThan(0));
                root.getChildren().add(root.getChildren().indexOf(queue), spinner);
            }
        });
    }

    /** The window closes: stop following the drainer (it keeps draining for the rest of the app). */
    void dispose() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    Node node() {
        return root;
    }

    /**
     * Counts again now, and (the first time) starts following the background outbox drainer, whose offline state
     * is what delivering actually found.
     */
    void refresh() {
        OutboxDrainer drainer = workstation.outboxDrainer();
        if (unsubscribe == null) {
            unsubscribe = drainer.onChange(status -> Platform.runLater(() -> queue.setText(status.describe())));
        }
        drainer.wake();
        background.run("Reading the last sync…", () -> workstation.store().read(session -> session.createSelectionQuery(
                "select max(lastSuccessAt) from SyncCursor", Instant.class).getSingleResult()),
                at -> lastSync.setText(at == null ? "never synced" : "last sync " + SYNC_TIME.format(at.atZone(ZoneId.systemDefault()))));
    }
}
