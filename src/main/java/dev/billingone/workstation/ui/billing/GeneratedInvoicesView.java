package dev.billingone.workstation.ui.billing;

import dev.billingone.workstation.billing.CreditNotes;
import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.GenerationRequest;
import dev.billingone.workstation.billing.GenerationResult;
import dev.billingone.workstation.billing.InvoiceLifecycle;
import dev.billingone.workstation.billing.InvoiceList;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.common.TableExport;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Generated invoices ({@code billingone://generated-invoices?status=draft&period=YYYY-MM}): generate for all
 * clients with progress, time left and cancel; approve one, a selection or all drafts; void with a reason; the
 * selected invoice's lines below, editable while it is a draft.
 */
public final class GeneratedInvoicesView implements SectionView {
    private final ViewContext context;
    private final BorderPane root = new BorderPane();
    private final TextField period = new TextField(Period.containing(LocalDate.now()).toString());
    private final ChoiceBox<String> status = new ChoiceBox<>(FXCollections.observableArrayList(
            "all", "draft", "approved", "pushed", "paid", "void"));
    private final ObservableList<InvoiceList.Row> rows = FXCollections.observableArrayList();
    private final TableView<InvoiceList.Row> invoices = new TableView<>(rows);
    private final ObservableList<GeneratedInvoiceLine> lineRows = FXCollections.observableArrayList();
    private final TableView<GeneratedInvoiceLine> lines = new TableView<>(lineRows);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label summary = new Label();
    private final Button generate = new Button("Generate invoices");
    private final Button cancel = new Button("Cancel");
    private GenerationTask running;

    public GeneratedInvoicesView(ViewContext context) {
        this.context = context;
        build();
    }

    private void build() {
        period.setId("period");
        period.setPrefColumnCount(7);
        status.setId("status-filter");
        status.setValue("all");
        status.setOnAction(e -> reload());
        period.setOnAction(e -> reload());
        generate.setId("generate");
        generate.setDefaultButton(true);
        generate.setOnAction(e -> generate(false));
        Button dryRun = new Button("Dry run…");
        dryRun.setOnAction(e -> generate(true));
        cancel.setId("cancel-generate");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel(false); // stops at the next client; an interrupt in H2 file I/O would close the database
            }
        });
        progressText.setId("generate-message");
        summary.setId("approve-summary");
        progress.setPrefWidth(220);
        progress.setVisible(false);
        HBox top = new HBox(8, new Label("Period"), period, new Label("Status"), status, generate, dryRun, progress, cancel,
                progressText);
        top.setPadding(new Insets(0, 0, 10, 0));

        invoices.setId("generated-invoices-table");
        invoices.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        invoices.getColumns().setAll(List.of(
                Tables.text("Client", 260, InvoiceList.Row::clientName),
                Tables.text("Kind", 100, r -> r.kind().name().toLowerCase(Locale.ROOT)),
                Tables.text("Status", 90, r -> r.status().name().toLowerCase(Locale.ROOT)),
                Tables.text("Number", 110, InvoiceList.Row::number),
                Tables.number("Lines", 60, InvoiceList.Row::lines),
                Tables.money("Total", 130, InvoiceList.Row::total, InvoiceList.Row::currency),
                Tables.text("Problem", 320, InvoiceList.Row::lastError)));
        invoices.setPlaceholder(new Label("No invoices for this period yet: Generate invoices creates the drafts."));
        invoices.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> loadLines(row));

        Button approve = new Button("Approve selected");
        approve.setId("approve-selected");
        approve.setOnAction(e -> approve(invoices.getSelectionModel().getSelectedItems().stream()
                .filter(r -> r.status() == InvoiceStatus.DRAFT).map(InvoiceList.Row::id).toList()));
        Button approveAll = new Button("Approve all drafts");
        approveAll.setOnAction(e -> approve(rows.stream().filter(r -> r.status() == InvoiceStatus.DRAFT)
                .map(InvoiceList.Row::id).toList()));
        Button voidButton = new Button("Void…");
        voidButton.setOnAction(e -> voidSelected());
        Button editLine = new Button("Edit line…");
        editLine.setOnAction(e -> editSelectedLine());
        Button credit = new Button("Credit in full…");
        credit.setId("credit-in-full");
        credit.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            InvoiceList.Row row = invoices.getSelectionModel().getSelectedItem();
            return row == null || !CreditNotes.CREDITABLE.contains(row.status());
        }, invoices.getSelectionModel().selectedItemProperty()));
        credit.setOnAction(e -> CreditInFullAction.run(root.getScene().getWindow(), context,
                invoices.getSelectionModel().getSelectedItem(), summary::setText));
        HBox actions = new HBox(8, approve, approveAll, voidButton, editLine, credit,
                TableExport.button(invoices, "generated-invoices.csv", context.background()), summary);
        actions.setPadding(new Insets(8, 0, 8, 0));

        lines.setId("invoice-lines-table");
        lines.getColumns().setAll(List.of(
                Tables.number("#", 40, l -> (long) l.getLineNo()),
                Tables.text("Description", 360, GeneratedInvoiceLine::getDescription),
                Tables.quantity("Qty", 70, GeneratedInvoiceLine::getQuantity),
                Tables.quantity("Unit price", 100, GeneratedInvoiceLine::getUnitPrice),
                Tables.quantity("Disc %", 70, GeneratedInvoiceLine::getDiscountPct),
                Tables.text("Tax type", 100, GeneratedInvoiceLine::getTaxType),
                Tables.quantity("Amount", 110, GeneratedInvoiceLine::getLineAmount),
                Tables.quantity("Tax", 90, GeneratedInvoiceLine::getTaxAmount),
                Tables.text("Source", 120, l -> l.getSource().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        lines.setPlaceholder(new Label("Select an invoice to see its lines."));
        lines.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelectedLine();
            }
        });

        SplitPane split = new SplitPane(new VBox(invoices, actions), lines);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        if (parameters.containsKey("status")) {
            status.setValue(parameters.get("status").toLowerCase(Locale.ROOT));
        }
        if (parameters.containsKey("period")) {
            period.setText(parameters.get("period"));
        }
        reload();
    }

    private Optional<Period> period() {
        try {
            return Optional.of(Period.parse(period.getText()));
        } catch (RuntimeException e) {
            ErrorDialogs.show(root.getScene().getWindow(), e);
            return Optional.empty();
        }
    }

    void reload() {
        period().ifPresent(month -> {
            InvoiceStatus filter = "all".equals(status.getValue()) ? null
                    : InvoiceStatus.valueOf(status.getValue().toUpperCase(Locale.ROOT));
            context.background().run("Loading invoices…",
                    () -> context.workstation().store().read(s -> InvoiceList.of(s, month, filter)),
                    loaded -> {
                        rows.setAll(loaded);
                        lineRows.clear();
                    });
        });
    }

    private void loadLines(InvoiceList.Row row) {
        if (row == null) {
            lineRows.clear();
            return;
        }
        context.background().run("Loading lines…",
                () -> context.workstation().store().read(s -> DraftInvoices.lines(s, row.id())),
                lineRows::setAll);
    }

    private void generate(boolean dry) {
        period().ifPresent(month -> {
            running = new GenerationTask(context.workstation().store(), new GenerationRequest(month, List.of(), dry));
            progress.progressProperty().bind(running.progressProperty());
            progressText.textProperty().bind(running.messageProperty());
            progress.setVisible(true);
            generate.setDisable(true);
            cancel.setDisable(false);
            running.setOnCancelled(e -> finished("Cancelled: generate again to finish the rest."));
            running.setOnFailed(e -> finished(""));
            context.background().submit(dry ? "Dry run…" : "Generating invoices…", running, result -> {
                finished(describe(result));
                context.dataChanged();
                reload();
            });
        });
    }

    private void finished(String text) {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progress.setVisible(false);
        generate.setDisable(false);
        cancel.setDisable(true);
        progressText.setText(text);
        running = null;
    }

    static String describe(GenerationResult result) {
        StringBuilder text = new StringBuilder(result.dryRun() ? "Dry run: " : "");
        text.append(result.created()).append(" created, ").append(result.updated()).append(" updated, ")
                .append(result.unchanged()).append(" unchanged, ").append(result.adjusted()).append(" adjustments");
        if (!result.parked().isEmpty()) {
            text.append("; ").append(result.parked().size()).append(" parked (")
                    .append(result.parked().get(0).clientName()).append(": ").append(result.parked().get(0).parkedReason())
                    .append(result.parked().size() > 1 ? " …)" : ")");
        }
        return text.toString();
    }

    private void approve(List<Long> ids) {
        if (ids.isEmpty()) {
            summary.setText("Select draft invoices to approve.");
            return;
        }
        context.background().run("Approving " + ids.size() + " invoice(s)…",
                () -> context.workstation().store().inTransaction(s -> InvoiceLifecycle.approveAll(s, ids)),
                approval -> {
                    summary.setText(approval.approved().size() + " approved and queued for push"
                            + (approval.refused().isEmpty() ? "" : "; " + approval.refused().size() + " not approved: "
                            + approval.refused().get(0).reason()));
                    context.dataChanged();
                    reload();
                });
    }

    private void voidSelected() {
        InvoiceList.Row row = invoices.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText("Void the invoice of " + row.clientName() + "? Say why (kept in the audit log).");
        ask.showAndWait().ifPresent(reason -> context.background().run("Voiding…",
                () -> {
                    context.workstation().store().write(s -> InvoiceLifecycle.voidInvoice(s, row.id(), reason));
                    return row.id();
                },
                id -> reload()));
    }

    private void editSelectedLine() {
        GeneratedInvoiceLine line = lines.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        new LineEditDialog(root.getScene().getWindow(), line).showAndWait().ifPresent(edit ->
                context.background().run("Saving line…",
                        () -> context.workstation().store().inTransaction(s -> InvoiceLifecycle.editLine(s, line.getId(), edit)),
                        saved -> {
                            context.dataChanged();
                            InvoiceList.Row selected = invoices.getSelectionModel().getSelectedItem();
                            reload();
                            if (selected != null) {
                                loadLines(selected);
                            }
                        }));
    }
}
