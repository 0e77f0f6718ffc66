package dev.billingone.workstation.ui.reconcile;

import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.reconcile.BulkProgress;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.Reconciliation;
import dev.billingone.workstation.reconcile.ReconciliationReports;
import dev.billingone.workstation.reconcile.ReconciliationRow;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.reconcile.ReconciliationStatus;
import dev.billingone.workstation.reconcile.SourceRecord;
import dev.billingone.workstation.reconcile.Totals;
import dev.billingone.workstation.ui.common.Formats;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Reconciliation of a period: filter by status and text, group by client, product or status with subtotals, a
 * totals line, drill-down to the source records, and PDF/CSV export with progress and cancel. Opened with
 * {@code client=ID} it shows that client's variance only.
 */
public final class ReconciliationView implements SectionView {
    private static final String ALL = "All statuses";

    private final ViewContext context;
    private final ReconciliationService service;
    private final ReconciliationReports reports;
    private final ComboBox<String> period = new ComboBox<>();
    private final ChoiceBox<String> status = new ChoiceBox<>();
    private final ChoiceBox<String> groupBy = new ChoiceBox<>(FXCollections.observableArrayList("No grouping", "Client", "Product", "Status"));
    private final TextField search = new TextField();
    private final TreeTableView<ReconciliationLine> tree = new TreeTableView<>();
    private final Label totals = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final VBox root;
    private Reconciliation reconciliation;
    private Long clientId;

    public ReconciliationView(ViewContext context) {
        this.context = context;
        Clock clock = Clock.systemDefaultZone();
        this.service = new ReconciliationService(context.workstation().store(), new MissedBilling(context.workstation().store(), clock));
        this.reports = new ReconciliationReports(context.workstation().store(), clock);
        YearMonth now = YearMonth.now();
        for (int i = 0; i < 13; i++) {
            period.getItems().add(now.minusMonths(i).toString());
        }
        period.setEditable(true);
        period.setValue(now.toString());
        period.setId("reconcile-period");
        status.getItems().add(ALL);
        for (ReconciliationStatus s : ReconciliationStatus.values()) {
            status.getItems().add(s.label());
        }
        status.setValue(ALL);
        status.setId("reconcile-status");
        groupBy.setValue("Client");
        groupBy.setId("reconcile-group");
        search.setPromptText("Filter by client, SKU, product or vendor");
        search.setId("reconcile-search");
        status.setOnAction(e -> redraw());
        groupBy.setOnAction(e -> redraw());
        search.textProperty().addListener((obs, old, text) -> redraw());
        period.setOnAction(e -> load(false));

        Button run = new Button("Reconcile and refresh queue");
        run.setId("reconcile-run");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> load(true));
        Button pdf = new Button("Export PDF…");
        pdf.setOnAction(e -> export("pdf"));
        Button csv = new Button("Export CSV…");
        csv.setOnAction(e -> export("csv"));
        progress.setVisible(false);
        cancel.setVisible(false);
        totals.setId("reconcile-totals");
        message.setId("reconcile-message");

        buildColumns();
        tree.setId("reconcile-tree");
        tree.setShowRoot(false);
        tree.setRowFactory(t -> {
            TreeTableRow<ReconciliationLine> row = new TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && !row.getItem().isGroup()) {
                    drillDown(row.getItem().row());
                }
            });
            return row;
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label title = new Label("Reconciliation");
        title.getStyleClass().add("title-2");
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Period"), period, status, groupBy, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, run, pdf, csv, progress, cancel, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, title, bar, actions, tree, totals);
        root.setPadding(new Insets(4));
    }

    private void buildColumns() {
        tree.getColumns().setAll(List.of(
                column("Client / group", 240, ReconciliationLine::first),
                column("SKU", 110, l -> l.isGroup() ? "" : l.row().sku()),
                column("Product", 200, l -> l.isGroup() ? "" : l.row().productName()),
                column("Status", 100, l -> l.isGroup() ? "" : l.row().status().label()),
                column("Sold qty", 70, l -> l.isGroup() ? "" : Formats.quantity(l.row().soldQuantity())),
                column("Billed qty", 70, l -> l.isGroup() ? "" : Formats.quantity(l.row().billedQuantity())),
                money("Sold", ReconciliationLine::sold),
                money("Expected", ReconciliationLine::expected),
                money("Billed", ReconciliationLine::billed),
                money("Variance", ReconciliationLine::variance)));
    }

    private static TreeTableColumn<ReconciliationLine, String> column(String title, double width, Function<ReconciliationLine, String> value) {
        TreeTableColumn<ReconciliationLine, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
        return column;
    }

    private static TreeTableColumn<ReconciliationLine, BigDecimal> money(String title, Function<ReconciliationLine, BigDecimal> value) {
        TreeTableColumn<ReconciliationLine, BigDecimal> column = new TreeTableColumn<>(title);
        column.setPrefWidth(110);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue() == null ? null : value.apply(c.getValue().getValue())));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                ReconciliationLine line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(line == null || amount == null ? null : Formats.money(amount, null));
                setStyle("-fx-alignment: CENTER-RIGHT;" + (line != null && line.isGroup() ? " -fx-font-weight: bold;" : ""));
            }
        });
        return column;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        clientId = parameters.containsKey("client") ? Long.valueOf(parameters.get("client")) : null;
        if (parameters.containsKey("period")) {
            period.setValue(parameters.get("period"));
        }
        load(false);
    }

    private void load(boolean refreshQueue) {
        Period month;
        try {
            month = Period.parse(period.getValue());
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
            return;
        }
        context.background().run(refreshQueue ? "Reconciling " + month + "…" : "Loading " + month + "…", () -> {
            if (!refreshQueue) {
                return new Object[] {service.reconcile(month), null};
            }
            ReconciliationService.Outcome outcome = service.reconcileAndRefresh(month);
            return new Object[] {outcome.reconciliation(), outcome.missed()};
        }, result -> {
            Reconciliation loaded = (Reconciliation) result[0];
            reconciliation = clientId == null ? loaded : loaded.forClient(clientId);
            if (result[1] instanceof MissedBilling.RefreshResult queue) {
                message.setText("Missed-billing queue: " + queue.created() + " new, " + queue.updated() + " updated, "
                        + queue.reopened() + " re-opened, " + queue.resolved() + " resolved.");
                context.dataChanged();
            }
            redraw();
        });
    }

    private Predicate<ReconciliationRow> filter() {
        String needle = search.getText() == null ? "" : search.getText().trim().toLowerCase();
        return row -> (ALL.equals(status.getValue()) || row.status().label().equals(status.getValue()))
                && (needle.isEmpty() || contains(row.clientName(), needle) || contains(row.sku(), needle)
                || contains(row.productName(), needle) || contains(row.vendor(), needle));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase().contains(needle);
    }

    private void redraw() {
        if (reconciliation == null) {
            return;
        }
        Reconciliation shown = reconciliation.filter(filter());
        TreeItem<ReconciliationLine> top = new TreeItem<>();
        Function<ReconciliationRow, String> key = switch (groupBy.getValue()) {
            case "Client" -> ReconciliationRow::clientName;
            case "Product" -> r -> r.sku() + " · " + r.productName();
            case "Status" -> r -> r.status().label();
            default -> null;
        };
        if (key == null) {
            shown.rows().forEach(r -> top.getChildren().add(new TreeItem<>(ReconciliationLine.of(r))));
        } else {
            Map<String, List<ReconciliationRow>> groups = shown.groupBy(key);
            List<String> labels = new ArrayList<>(groups.keySet());
            labels.sort(String.CASE_INSENSITIVE_ORDER);
            for (String label : labels) {
                TreeItem<ReconciliationLine> group = new TreeItem<>(ReconciliationLine.group(label,
                        Totals.of(shown.currency(), groups.get(label))));
                groups.get(label).forEach(r -> group.getChildren().add(new TreeItem<>(ReconciliationLine.of(r))));
                group.setExpanded(groups.size() <= 50);
                top.getChildren().add(group);
            }
        }
        tree.setRoot(top);
        Totals t = shown.totals();
        totals.setText(String.format("%s · %d rows · sold %s · expected %s · billed %s · variance %s · missed %s",
                shown.period(), t.rows(), Formats.money(t.sold(), t.currency()), Formats.money(t.expected(), t.currency()),
                Formats.money(t.billed(), t.currency()), Formats.money(t.variance(), t.currency()),
                Formats.money(shown.missed().variance(), t.currency())));
    }

    private void drillDown(ReconciliationRow row) {
        TableView<SourceRecord> sources = new TableView<>(FXCollections.observableArrayList(row.sources()));
        sources.setId("reconcile-sources");
        sources.getColumns().setAll(List.of(
                Tables.text("Record", 150, s -> s.kind().label()),
                Tables.text("Reference", 150, s -> s.reference() == null ? "" : s.reference()),
                Tables.text("Details", 380, SourceRecord::description),
                Tables.quantity("Quantity", 80, SourceRecord::quantity),
                Tables.money("Amount", 110, SourceRecord::amount, s -> row.currency())));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(row.clientName() + " · " + row.sku() + " · " + row.status().label());
        VBox content = new VBox(8, new Label(row.note() == null ? "Where the numbers come from:" : row.note()), sources);
        dialog.getDialogPane().setContent(content);
        ButtonType mapping = new ButtonType("Open mapping workbench");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (row.status() == ReconciliationStatus.UNMAPPED) {
            dialog.getDialogPane().getButtonTypes().add(0, mapping);
        }
        dialog.showAndWait().filter(mapping::equals).ifPresent(b -> context.navigate(Section.MAPPING));
    }

    private void export(String kind) {
        if (reconciliation == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("reconciliation-" + reconciliation.period() + "." + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(), "*." + kind));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        Reconciliation shown = reconciliation.filter(filter());
        Path target = file.toPath();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                if (kind.equals("csv")) {
                    reports.writeCsv(shown, target);
                } else {
                    reports.writePdf(shown, target, new BulkProgress() {
                        @Override
                        public void update(int done, int total) {
                            updateProgress(done, total);
                        }

                        @Override
                        public boolean cancelled() {
                            return isCancelled();
                        }
                    });
                }
                return target;
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        // No interrupt: the task stops at its next cancel check (an interrupt in H2 file I/O closes the database).
        cancel.setOnAction(e -> task.cancel(false));
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.CANCELLED || state == Worker.State.FAILED) {
                progress.progressProperty().unbind();
                progress.setVisible(false);
                cancel.setVisible(false);
                if (state == Worker.State.CANCELLED) {
                    message.setText("Export cancelled; no file was written.");
                }
            }
        });
        context.background().submit("Exporting " + kind.toUpperCase() + "…", task, path -> message.setText("Saved " + path));
    }
}
