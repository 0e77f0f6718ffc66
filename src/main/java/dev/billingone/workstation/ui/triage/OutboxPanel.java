package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.sync.OutboxDrainer;
import dev.billingone.workstation.sync.OutboxService;
import dev.billingone.workstation.triage.OutboxConflicts;
import dev.billingone.workstation.triage.QueueStatus;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The footer's outbox line ("offline · 2 queued · 1 conflict") and, when something was refused or changed remotely,
 * the list of those writes with "Send again" and "Don't send": a conflict is the user's call, never overwritten.
 * It rereads itself every 15 s, so a queue drained in the background shows without touching the window.
 */
final class OutboxPanel {
    private final TriageContext context;
    private final Consumer<String> message;
    private final Label status = new Label();
    private final ListView<OutboxConflicts.Conflict> conflicts = new ListView<>();
    private final VBox conflictBox;
    private final VBox root;
    private final Timeline reread = new Timeline(new KeyFrame(Duration.seconds(15), e -> refresh()));

    OutboxPanel(TriageContext context, Consumer<String> message) {
        this.context = context;
        this.message = message;
        status.setId("queueStatus");
        conflicts.setId("conflicts");
        conflicts.setPrefHeight(96);
        conflicts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OutboxConflicts.Conflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.describe());
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }
        });
        Button resend = new Button("Send again");
        resend.setId("resendConflict");
        resend.setTooltip(new Tooltip("Once the record is fixed: send our version with the next sync"));
        resend.setOnAction(e -> resolve(true));
        Button drop = new Button("Don't send");
        drop.setId("dropConflict");
        drop.setTooltip(new Tooltip("Keep what the billing system has; our write is cancelled (kept in the audit log)"));
        drop.setOnAction(e -> resolve(false));
        resend.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        drop.disableProperty().bind(resend.disableProperty());
        conflictBox = new VBox(4, new Label("Refused or changed in the billing system — your call:"), conflicts,
                new HBox(6, resend, drop));
        conflictBox.setId("conflictBox");
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        conflictBox.setVisible(false);
        root = new VBox(4, status, conflictBox);
        reread.setCycleCount(Timeline.INDEFINITE);
    }

    Node node() {
        return root;
    }

    void start() {
        reread.play();
    }

    void stop() {
        reread.stop();
    }

    private record Loaded(QueueStatus status, List<OutboxConflicts.Conflict> conflicts) {
    }

    void refresh() {
        var workstation = context.workstation();
        context.background().run("Reading the outbox",
                () -> new Loaded(QueueStatus.of(workstation.store(), heldBack(workstation)), OutboxConflicts.list(workstation.store())),
                loaded -> {
                    status.setText(loaded.status().describe());
                    conflicts.getItems().setAll(loaded.conflicts());
                    conflictBox.setVisible(!loaded.conflicts().isEmpty());
                });
    }

    /**
     * Offline by setting, or as the main window's background drainer last found it (when it runs in this process), so
     * that both windows say the same; otherwise {@link QueueStatus} judges from the last delivery attempt.
     */
    private static boolean heldBack(Workstation workstation) {
        return workstation.settings().getBoolean("sync.offline")
                || workstation.outboxStatus().map(OutboxDrainer.Status::offline).orElse(false);
    }

    private void resolve(boolean sendAgain) {
        OutboxConflicts.Conflict chosen = conflicts.getSelectionModel().getSelectedItem();
        OutboxService outbox = new OutboxService(context.workstation().store(), context.clock());
        context.background().run(sendAgain ? "Queuing again" : "Cancelling the write", () -> {
            if (sendAgain) {
                outbox.retry(List.of(chosen.entryId()));
            } else {
                outbox.cancel(chosen.entryId(), "Not sent, from the triage window: " + chosen.system() + "'s version kept");
            }
            return chosen;
        }, done -> {
            message.accept(done.record() + (sendAgain ? ": queued again; it goes with the next sync."
                    : ": not sent; " + done.system() + " keeps its version."));
            context.changed().run();
        });
    }
}
