package dev.billingone.workstation.ui.missed;

import dev.billingone.workstation.reconcile.BulkProgress;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.MissedBillingEntry;
import dev.billingone.workstation.reconcile.MissedBillingQuery;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.ui.common.Formats;
import dev.billingone.workstation.ui.common.TableExport;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The missed-billing queue: filter, select many, then apply (bill on the drafts), snooze until a date or dismiss
 * with a reason. A bulk apply runs in the background with progress and cancel, and can be undone until pushed.
 */
public final class MissedBillingView implements SectionView {
    private final ViewContext context;
    private final MissedBilling missed;
    private final ObservableList<MissedBillingEntry> items = FXCollections.observableArrayList();
    private final FilteredList<MissedBillingEntry> filtered = new FilteredList<>(items);
    private final TableView<MissedBillingEntry> table = new TableView<>(filtered);
    private final ChoiceBox<String> status = new ChoiceBox<>(FXCollections.observableArrayList("Open", "Snoozed", "Dismissed", "Applied", "All"));
    private final TextField search = new TextField();
    private final Button apply = new Button("Apply");
    private final Button snooze = new Button("Snooze…");
    private final Button dismiss = new Button("Dismiss…");
    private final Button reopen = new Button("Re-open");
    private final Button undo = new Button("Undo last apply");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label summary = new Label();
    private final Label message = new Label();
    private final VBox root;
    private String period;
    private Long clientId;
    private String lastBatch;

    public MissedBillingView(ViewContext context) {
        this.context = context;
        this.missed = new MissedBilling(context.workstation().store(), Clock.systemDefaultZone());
        table.setId("missed-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Nothing here. Run a reconciliation to find unbilled seats and devices."));
        table.getColumns().setAll(List.of(
                Tables.text("Client", 220, MissedBillingEntry::clientName),
                Tables.text("SKU", 110, MissedBillingEntry::sku),
                Tables.text("Product", 220, MissedBillingEntry::productName),
                Tables.text("Period", 80, MissedBillingEntry::period),
                Tables.text("Basis", 100, e -> e.source().toLowerCase()),
                Tables.quantity("Expected qty", 90, MissedBillingEntry::expectedQuantity),
                Tables.quantity("Billed qty", 80, MissedBillingEntry::billedQuantity),
                Tables.money("Unbilled", 120, MissedBillingEntry::shortfall, MissedBillingEntry::currency),
                Tables.text("Status", 90, e -> e.status().name().toLowerCase()),
                Tables.date("Until", 100, MissedBillingEntry::snoozeUntil),
                Tables.text("Reason", 200, e -> e.reason() == null ? "" : e.reason()),
                Tables.text("Decided by", 110, e -> e.decidedBy() == null ? "" : e.decidedBy())));
        VBox.setVgrow(table, Priority.ALWAYS);

        status.setId("missed-status");
        status.setValue("Open");
        status.setOnAction(e -> reload());
        search.setId("missed-search");
        search.setPromptText("Filter by client, SKU or product");
        search.textProperty().addListener((obs, old, text) -> filter(text));
        apply.setId("missed-apply");
        snooze.setId("missed-snooze");
        dismiss.setId("missed-dismiss");
        reopen.setId("missed-reopen");
        undo.setId("missed-undo");
        cancel.setId("missed-cancel");
        progress.setId("missed-progress");
        message.setId("missed-message");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> applySelected());
        snooze.setOnAction(e -> snoozeSelected());
        dismiss.setOnAction(e -> dismissSelected());
        reopen.setOnAction(e -> act("Re-opening…", () -> missed.undo(selectedIds()), n -> "Re-opened " + n + " items."));
        undo.setOnAction(e -> act("Undoing…", () -> missed.undoBatch(lastBatch), n -> {
            lastBatch = null;
            return "Undone: " + n + " items are open again and their draft lines are gone.";
        }));
        undo.setDisable(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<MissedBillingEntry>) c -> updateSummary());
        filtered.addListener((ListChangeListener<MissedBillingEntry>) c -> updateSummary());

        Label title = new Label("Missed billing");
        title.getStyleClass().add("title-2");
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox filters = new HBox(8, new Label("Show"), status, search, TableExport.button(table, "missed-billing.csv", context.background()));
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, apply, snooze, dismiss, reopen, undo, progress, cancel, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, title, filters, actions, table, summary);
        root.setPadding(new Insets(4));
        updateButtons();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        period = parameters.get("period");
        clientId = parameters.containsKey("client") ? Long.valueOf(parameters.get("client")) : null;
        if (parameters.containsKey("status")) {
            String wanted = parameters.get("status");
            status.getItems().stream().filter(s -> s.equalsIgnoreCase(wanted)).findFirst().ifPresent(status::setValue);
        }
        reload();
    }

    private void reload() {
        Set<MissedBillingStatus> statuses = "All".equals(status.getValue()) ? Set.of()
                : Set.of(MissedBillingStatus.valueOf(status.getValue().toUpperCase()));
        MissedBillingQuery query = new MissedBillingQuery(statuses, period, clientId);
        context.background().run("Loading missed billing…", () -> missed.list(query), list -> {
            items.setAll(list);
            filter(search.getText());
        });
    }

    private void filter(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase();
        filtered.setPredicate(e -> needle.isEmpty() || e.clientName().toLowerCase().contains(needle)
                || e.sku().toLowerCase().contains(needle) || e.productName().toLowerCase().contains(needle));
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(MissedBillingEntry::id).toList();
    }

    private void updateSummary() {
        List<MissedBillingEntry> selected = table.getSelectionModel().getSelectedItems();
        summary.setText(filtered.size() + " items, " + total(filtered) + (selected.isEmpty() ? "" : " · " + selected.size()
                + " selected, " + total(selected)));
        updateButtons();
    }

    private static String total(List<MissedBillingEntry> entries) {
        if (entries.isEmpty()) {
            return "nothing unbilled";
        }
        String currency = entries.get(0).currency();
        BigDecimal sum = entries.stream().map(MissedBillingEntry::shortfall).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean mixed = entries.stream().anyMatch(e -> !e.currency().equals(currency));
        return mixed ? "mixed currencies" : Formats.money(sum, currency);
    }

    private void updateButtons() {
        List<MissedBillingEntry> selected = table.getSelectionModel().getSelectedItems();
        boolean decidable = !selected.isEmpty() && selected.stream()
                .allMatch(e -> e.status() == MissedBillingStatus.OPEN || e.status() == MissedBillingStatus.SNOOZED);
        apply.setDisable(!decidable);
        snooze.setDisable(!decidable);
        dismiss.setDisable(!decidable);
        reopen.setDisable(selected.isEmpty() || selected.stream().anyMatch(e -> e.status() == MissedBillingStatus.OPEN));
        undo.setDisable(lastBatch == null);
    }

    private void applySelected() {
        List<Long> ids = selectedIds();
        Task<MissedBilling.ApplyResult> task = new Task<>() {
            @Override
            protected MissedBilling.ApplyResult call() {
                return missed.apply(ids, null, new BulkProgress() {
                    @Override
                    public void update(int done, int total) {
                        updateProgress(done, total);
                        updateMessage("Applying " + done + " of " + total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        busy(true);
        // No interrupt: the task stops at its next cancel check (an interrupt in H2 file I/O closes the database).
        cancel.setOnAction(e -> task.cancel(false));
        // Background owns the task's handlers (its counters and error dialog); this view only watches the state.
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.CANCELLED || state == Worker.State.FAILED) {
                busy(false);
                message.setText(state == Worker.State.CANCELLED ? "Cancelled: nothing was applied." : "Nothing was applied.");
            }
        });
        context.background().submit("Applying missed billing…", task, result -> {
            busy(false);
            lastBatch = result.batch();
            message.setText("Applied " + result.applied() + " items to the drafts (" + amounts(result.amountByCurrency()) + ").");
            changed();
        });
    }

    private static String amounts(Map<String, BigDecimal> byCurrency) {
        return String.join(", ", byCurrency.entrySet().stream().map(e -> Formats.money(e.getValue(), e.getKey())).toList());
    }

    private void busy(boolean on) {
        if (!on) {
            progress.progressProperty().unbind();
            message.textProperty().unbind();
        }
        progress.setVisible(on);
        cancel.setVisible(on);
        apply.setDisable(on);
        table.setDisable(on);
    }

    private void snoozeSelected() {
        DatePicker until = new DatePicker(LocalDate.now().plusDays(14));
        TextField reason = new TextField();
        reason.setPromptText("e.g. waiting for the client's purchase order");
        Optional<ButtonType> answer = decisionDialog("Snooze " + selectedIds().size() + " items", "Back on", until, reason).showAndWait();
        if (answer.filter(b -> b == ButtonType.OK).isPresent()) {
            List<Long> ids = selectedIds();
            act("Snoozing…", () -> missed.snooze(ids, until.getValue(), reason.getText()), n -> "Snoozed " + n + " items until "
                    + Formats.date(until.getValue()) + ".");
        }
    }

    private void dismissSelected() {
        TextInputDialog dialog = new TextInputDialog("Included in bundle");
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Dismiss " + selectedIds().size() + " items");
        dialog.setHeaderText("Dismissed items stay dismissed for their client, product and period. Why?");
        List<Long> ids = selectedIds();
        dialog.showAndWait().ifPresent(reason -> act("Dismissing…", () -> missed.dismiss(ids, reason), n -> "Dismissed " + n + " items."));
    }

    private Dialog<ButtonType> decisionDialog(String title, String dateLabel, DatePicker date, TextField reason) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(title);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(dateLabel), date);
        form.addRow(1, new Label("Reason"), reason);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private void act(String label, java.util.concurrent.Callable<Integer> work, java.util.function.Function<Integer, String> done) {
        context.background().run(label, work, count -> {
            message.setText(done.apply(count));
            changed();
        });
    }

    private void changed() {
        context.dataChanged();
        reload();
        updateButtons();
    }
}
