package dev.billingone.workstation.ui.sync;

import dev.billingone.workstation.notify.NotifyingSync;
import dev.billingone.workstation.sync.OutboxService;
import dev.billingone.workstation.sync.RecordError;
import dev.billingone.workstation.sync.SyncCursors;
import dev.billingone.workstation.sync.SyncResult;
import dev.billingone.workstation.sync.connectors.ConnectedSync;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Sync screen: per connector and resource the last success, cursor, records, errors and rate-limit budget;
 * "Sync now" and cancel; the outbox with retry and cancel per entry. Work runs through the shared services.
 */
public final class SyncView implements SectionView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ViewContext context;
    private ConnectedSync sync;
    private final OutboxService outbox;
    private final TableView<SyncCursors.Row> cursors = new TableView<>();
    private final ListView<String> errors = new ListView<>();
    private final TableView<OutboxService.Item> entries = new TableView<>();
    private final Label status = new Label();
    private final Label queued = new Label("Outbox");
    private final Button syncNow = new Button("Sync now");
    private final Button cancel = new Button("Cancel");
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final VBox root;
    private Task<ConnectedSync.Outcome> task;

    public SyncView(ViewContext context) {
        this.context = context;
        var workstation = context.workstation();
        this.outbox = new OutboxService(workstation.store(), Clock.systemUTC());

        cursors.setId("sync-cursors");
        cursors.getColumns().setAll(List.of(
                Tables.text("System", 120, r -> r.system().displayName()),
                Tables.text("Resource", 110, SyncCursors.Row::resource),
                Tables.text("Last success", 140, r -> time(r.lastSuccessAt())),
                Tables.text("Cursor", 260, SyncCursors.Row::position),
                Tables.number("Records", 90, SyncCursors.Row::records),
                Tables.text("Rate-limit budget", 260, r -> budget(r)),
                Tables.text("Last error", 320, r -> r.lastError() == null ? "" : r.lastError())));
        cursors.setPrefHeight(200);
        errors.setId("sync-errors");
        errors.setPrefHeight(120);
        errors.setPlaceholder(new Label("No record errors in the last sync."));

        entries.setId("sync-outbox");
        entries.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        entries.setPlaceholder(new Label("Nothing queued: every write reached its system."));
        entries.getColumns().setAll(List.of(
                Tables.number("Entry", 80, OutboxService.Item::id),
                Tables.text("System", 110, i -> i.system().displayName()),
                Tables.text("Operation", 130, OutboxService.Item::operation),
                Tables.text("Record", 170, i -> i.entityType() + " " + i.entityId()),
                Tables.text("State", 100, i -> i.state().name().toLowerCase()),
                Tables.number("Attempts", 80, i -> (long) i.attempts()),
                Tables.text("Next attempt", 140, i -> time(i.nextAttemptAt())),
                Tables.text("Last error", 360, i -> i.lastError() == null ? "" : i.lastError())));
        VBox.setVgrow(entries, Priority.ALWAYS);

        syncNow.setId("sync-now");
        syncNow.disableProperty().bind(running);
        syncNow.setOnAction(e -> syncNow());
        cancel.setId("sync-cancel");
        cancel.disableProperty().bind(running.not());
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel(false);
            }
        });
        Button retry = new Button("Retry selected");
        retry.setId("outbox-retry");
        retry.setOnAction(e -> changeSelected(true));
        Button cancelEntry = new Button("Cancel selected");
        cancelEntry.setId("outbox-cancel");
        cancelEntry.setOnAction(e -> changeSelected(false));
        status.setId("sync-status");
        queued.setId("outbox-queued");

        Label heading = new Label("Sync");
        heading.getStyleClass().add("title-2");
        root = new VBox(10, heading, new HBox(8, syncNow, cancel, status), cursors, new Label("Record errors"), errors,
                new HBox(8, queued, retry, cancelEntry), entries);
        root.setPadding(new Insets(4));
    }

    /** Opening the vault reads files (and maybe the keyring): done on first use, off the UI thread. */
    private synchronized ConnectedSync sync() {
        if (sync == null) {
            var workstation = context.workstation();
            sync = new ConnectedSync(workstation.store(), workstation.settings(), workstation.integrations().tokens());
        }
        return sync;
    }

    private synchronized String budget(SyncCursors.Row row) {
        return sync == null ? "—" : sync.budget(row.system(), row.tenant());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        reload();
    }

    private record Loaded(List<SyncCursors.Row> cursors, List<OutboxService.Item> entries, long queued) {
    }

    private void reload() {
        context.background().run("Loading sync state…",
                () -> new Loaded(SyncCursors.list(context.workstation().store()), outbox.list(false), outbox.queued()),
                loaded -> {
                    cursors.getItems().setAll(loaded.cursors());
                    entries.getItems().setAll(loaded.entries());
                    // Its own label: the status line keeps the last action's answer (a reload must not wipe it).
                    queued.setText("Outbox · " + loaded.queued() + " queued");
                });
    }

    private void syncNow() {
        task = new Task<>() {
            @Override
            protected ConnectedSync.Outcome call() {
                NotifyingSync notifying = new NotifyingSync(sync(), context.news());
                return notifying.run(notifying.connectedSystems(), this::isCancelled, this::updateMessage);
            }
        };
        status.textProperty().bind(task.messageProperty());
        running.set(true);
        task.setOnCancelled(e -> finished("Cancelled; the next sync continues from each cursor."));
        task.setOnFailed(e -> finished("Sync failed: " + task.getException().getMessage()));
        context.background().submit("Syncing…", task, outcome -> {
            errors.getItems().setAll(outcome.results().stream()
                    .flatMap(r -> recordErrors(r).stream()).toList());
            finished(summary(outcome));
        });
    }

    private static List<String> recordErrors(SyncResult result) {
        List<String> lines = new java.util.ArrayList<>(result.errors().stream().map(SyncView::line).toList());
        if (result.failed() && !result.resource().equals("connection")) {
            lines.add(result.system().displayName() + " " + result.resource() + ": " + result.failure());
        }
        return lines;
    }

    private static String line(RecordError error) {
        return error.record() + ": " + error.message();
    }

    private static String summary(ConnectedSync.Outcome outcome) {
        if (outcome.results().isEmpty()) {
            return outcome.report().offline() ? "offline · " + outcome.report().queued() + " queued"
                    : "Nothing is connected; connect a system in Settings → Integrations.";
        }
        int fetched = outcome.results().stream().mapToInt(SyncResult::fetched).sum();
        return fetched + " records synced" + (outcome.remoteFailed() ? ", with failures (see below)" : "") + " · "
                + (outcome.report().offline() ? "offline · " : "") + outcome.report().queued() + " queued";
    }

    private void finished(String message) {
        status.textProperty().unbind();
        status.setText(message);
        running.set(false);
        reload();
        context.dataChanged();
    }

    private void changeSelected(boolean retry) {
        List<Long> ids = entries.getSelectionModel().getSelectedItems().stream().map(OutboxService.Item::id).toList();
        if (ids.isEmpty()) {
            status.setText("Select outbox entries first.");
            return;
        }
        context.background().run(retry ? "Retrying…" : "Cancelling…", () -> {
            if (retry) {
                return outbox.retry(ids);
            }
            ids.forEach(id -> outbox.cancel(id, "Cancelled on the Sync screen"));
            return ids.size();
        }, count -> {
            String entries = count + (count == 1 ? " entry" : " entries");
            status.setText(entries + (retry ? " due now; press Sync now to deliver." : " cancelled."));
            reload();
            context.dataChanged();
        });
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }
}
