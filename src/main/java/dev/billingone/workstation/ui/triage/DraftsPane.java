package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.billing.InvoiceLifecycle;
import dev.billingone.workstation.billing.TaxRates;
import dev.billingone.workstation.triage.Amounts;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.DraftDecisions;
import dev.billingone.workstation.triage.DraftLineRow;
import dev.billingone.workstation.triage.DraftRow;
import dev.billingone.workstation.triage.TriageCsv;
import dev.billingone.workstation.triage.TriageLists;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.Section;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Draft invoices awaiting approval. Approve the selected drafts (button or A); below, the selected draft's lines:
 * pick a line, choose a tax type (T opens the picker) and "Set tax" (or Enter) — the invoice total before and after
 * is shown. Approving queues the push in the outbox, so both work offline.
 */
final class DraftsPane implements TriagePane {
    private final TriageContext context;
    private final Consumer<String> message;
    private final ObservableList<DraftRow> rows = FXCollections.observableArrayList();
    private final TableView<DraftRow> table = TriageTables.table(rows, "draftsTable", "No drafts await approval.",
            Tables.text("Client", 150, DraftRow::clientName),
            Tables.text("Period", 70, DraftRow::period),
            Tables.number("Lines", 45, r -> (long) r.lines()),
            Tables.money("Total", 110, r -> r.total().amount(), r -> r.total().currencyCode()));
    private final ObservableList<DraftLineRow> lineRows = FXCollections.observableArrayList();
    private final TableView<DraftLineRow> lines = TriageTables.table(lineRows, "draftLinesTable",
            "Select a draft to see its lines.",
            Tables.number("#", 30, r -> (long) r.lineNo()),
            Tables.text("Description", 140, DraftLineRow::description),
            Tables.text("Tax", 90, r -> r.taxType() == null ? "" : r.taxType()),
            Tables.money("Amount", 90, r -> r.amount().amount(), r -> r.amount().currencyCode()));
    private final Label linesHeading = new Label();
    private final ComboBox<String> taxType = new ComboBox<>(FXCollections.observableArrayList(TaxRates.types()));
    private final Label totalChange = new Label();
    private final BorderPane root = new BorderPane();
    private Long shownDraft;

    DraftsPane(TriageContext context, Consumer<String> message) {
        this.context = context;
        this.message = message;
        Button approve = new Button("Approve");
        approve.setId("approveDrafts");
        approve.setTooltip(new Tooltip("Approve the selected drafts and queue them for the billing system (A)"));
        approve.setOnAction(e -> approve());
        approve.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox actions = new HBox(6, approve);
        actions.setPadding(new Insets(8));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.A && !table.getSelectionModel().isEmpty()) {
                approve();
                e.consume();
            }
        });
        table.setPrefHeight(220);
        // A reload replaces the rows (the selection goes empty for a moment): the lines stay until another draft is picked.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                showLines(row);
            }
        });

        lines.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        lines.getSelectionModel().selectedItemProperty().addListener((obs, old, line) ->
                taxType.setValue(line == null ? null : line.taxType()));
        linesHeading.setId("draftLinesHeading");
        taxType.setId("taxType");
        taxType.setConverter(new TaxTypeLabels());
        Button setTax = new Button("Set tax");
        setTax.setId("setTax");
        setTax.setTooltip(new Tooltip("Give the selected line this tax type; the invoice total is recomputed"));
        setTax.disableProperty().bind(lines.getSelectionModel().selectedItemProperty().isNull().or(taxType.valueProperty().isNull()));
        setTax.setOnAction(e -> changeTaxType());
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.T && !lines.getSelectionModel().isEmpty()) {
                taxType.requestFocus();
                taxType.show();
                e.consume();
            }
        });
        taxType.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !setTax.isDisabled()) {
                changeTaxType();
                e.consume();
            }
        });
        HBox taxRow = new HBox(6, new Label("Tax type"), taxType, setTax);
        taxRow.setAlignment(Pos.CENTER_LEFT);
        totalChange.setId("totalChange");
        totalChange.setWrapText(true);
        totalChange.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox detail = new VBox(6, linesHeading, lines, taxRow, totalChange);
        detail.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(actions);
        root.setCenter(new VBox(table, detail));
    }

    @Override
    public String title() {
        return "Drafts";
    }

    @Override
    public Node node() {
        return root;
    }

    TableView<DraftRow> table() {
        return table;
    }

    @Override
    public void reload(OptionalLong clientId) {
        context.background().run("Loading drafts", () -> TriageLists.drafts(context.workstation().store(), clientId), loaded -> {
            Long keep = shownDraft;
            rows.setAll(loaded);
            rows.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                    .ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> showLines(null));
        });
    }

    private DraftDecisions decisions() {
        return new DraftDecisions(context.workstation().store());
    }

    private void showLines(DraftRow draft) {
        if (draft == null) {
            shownDraft = null;
            lineRows.clear();
            linesHeading.setText("");
            return;
        }
        boolean sameDraft = Long.valueOf(draft.id()).equals(shownDraft);
        shownDraft = draft.id();
        linesHeading.setText(draft.clientName() + " · " + draft.period() + " · total " + Amounts.describe(draft.total()));
        if (!sameDraft) {
            totalChange.setText("");
        }
        context.background().run("Loading the draft's lines", () -> decisions().lines(draft.id()), loaded -> {
            Long selected = lines.getSelectionModel().isEmpty() ? null : lines.getSelectionModel().getSelectedItem().id();
            lineRows.setAll(loaded);
            loaded.stream().filter(l -> sameDraft && selected != null && l.id() == selected).findFirst()
                    .ifPresent(l -> lines.getSelectionModel().select(l));
        });
    }

    private void approve() {
        List<Long> ids = List.copyOf(table.getSelectionModel().getSelectedItems()).stream().map(DraftRow::id).toList();
        context.background().run("Approving " + ids.size() + " drafts", () -> decisions().approve(ids), this::approved);
    }

    private void approved(InvoiceLifecycle.Approval approval) {
        int count = approval.approved().size();
        String text = "Approved " + count + (count == 1 ? " invoice" : " invoices") + "; queued to send.";
        if (!approval.refused().isEmpty()) {
            text += " Not approved: " + approval.refused().size() + " — " + approval.refused().get(0).reason();
        }
        message.accept(text);
        context.changed().run();
    }

    private void changeTaxType() {
        DraftLineRow line = lines.getSelectionModel().getSelectedItem();
        String chosen = taxType.getValue();
        context.background().run("Changing the tax type", () -> decisions().changeTaxType(line.id(), chosen), change -> {
            totalChange.setText(change.describe());
            message.accept("Draft saved: it now totals " + Amounts.describe(change.totalAfter()) + ".");
            context.changed().run();
        });
    }

    @Override
    public CsvTable csv() {
        return TriageCsv.drafts(rows);
    }

    @Override
    public Route route() {
        return Route.of(Section.GENERATED_INVOICES, Map.of("status", "draft"));
    }

    /** "EXEMPTOUTPUT · 0%": the rate beside the code, since nobody remembers which code is which. */
    private static final class TaxTypeLabels extends StringConverter<String> {
        @Override
        public String toString(String type) {
            return type == null ? "" : type + " · " + TaxRates.percent(type).stripTrailingZeros().toPlainString() + "%";
        }

        @Override
        public String fromString(String label) {
            return label == null || label.isBlank() ? null : label.split(" ")[0];
        }
    }
}
