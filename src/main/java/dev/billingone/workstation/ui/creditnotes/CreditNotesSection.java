package dev.billingone.workstation.ui.creditnotes;

import dev.billingone.workstation.billing.CreditNoteService;
import dev.billingone.workstation.billing.CreditNoteStatus;
import dev.billingone.workstation.billing.CreditNoteSummary;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.common.FormFields;
import dev.billingone.workstation.ui.common.ListActions;
import dev.billingone.workstation.ui.common.StatusChoice;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The Credit notes section: list by status, full edit of drafts, approve (queues the push through the outbox),
 * allocate to the client's invoices, void, and history.
 */
public final class CreditNotesSection implements SectionView {
    private final ViewContext context;
    private final StackPane root = new StackPane();
    private final BorderPane list = new BorderPane();
    private final TableView<CreditNoteSummary> table = new TableView<>();
    private final StatusChoice<CreditNoteStatus> status = new StatusChoice<>(CreditNoteStatus.class, this::reload);
    private final Label message = new Label();
    private final CreditNoteEditor editor;
    private final ListActions<CreditNoteSummary> actions;

    public CreditNotesSection(ViewContext context) {
        this.context = context;
        this.editor = new CreditNoteEditor(context, this::showList);
        this.actions = new ListActions<>(context.background(), context::dataChanged, table, message, this::reload);
        build();
    }

    private CreditNoteService notes() {
        return new CreditNoteService(context.workstation().store());
    }

    private void build() {
        HBox top = new HBox(8, status.node(), message);
        top.setPadding(new Insets(0, 0, 8, 0));
        table.setId("credit-notes-table");
        table.getColumns().setAll(List.of(
                Tables.text("Number", 110, s -> s.number() == null ? "#" + s.id() : s.number()),
                Tables.text("Client", 220, CreditNoteSummary::clientName),
                Tables.text("Against", 150, CreditNoteSummary::invoice),
                Tables.text("Reason", 140, s -> s.reason().name().toLowerCase().replace('_', ' ')),
                Tables.text("Status", 90, s -> s.status().name().toLowerCase()),
                Tables.date("Issued", 110, CreditNoteSummary::issueDate),
                Tables.money("Total", 120, s -> s.total().amount(), s -> s.total().currencyCode()),
                Tables.money("Unallocated", 120, s -> s.remaining().amount(), s -> s.remaining().currencyCode())));
        table.setPlaceholder(new Label("No credit notes match."));
        ListActions.openOnDoubleClick(table, row -> openEditor(row.id()));
        HBox actions = new HBox(8,
                ListActions.button("New credit note", () -> openEditor(null)),
                this.actions.onSelected("Edit", s -> openEditor(s.id())),
                this.actions.onSelected("Approve and push", s -> act("Approving…", () -> {
                    notes().approve(s.id(), s.version());
                    return "Approved; the push is queued.";
                })),
                this.actions.onSelected("Allocate…", this::allocate),
                this.actions.onSelected("Void…", this::voidNote),
                this.actions.onSelected("History", this::history));
        actions.setPadding(new Insets(8, 0, 0, 0));
        list.setTop(top);
        list.setCenter(table);
        list.setBottom(actions);
    }

    private void act(String label, Callable<String> work) {
        actions.report(label, work);
    }

    private void allocate(CreditNoteSummary s) {
        context.background().run("Loading invoices…", () -> notes().creditableInvoices(s.clientId()), invoices -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(root.getScene().getWindow());
            dialog.setHeaderText("Allocate credit of " + s.remaining() + " to an invoice of " + s.clientName());
            ComboBox<GeneratedInvoice> invoice = new ComboBox<>(FXCollections.observableArrayList(invoices));
            invoice.setConverter(ListActions.display(CreditNoteEditor::describe));
            TextField amount = new TextField(s.remaining().toPlainString());
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(8);
            grid.addRow(0, new Label("Invoice"), invoice);
            grid.addRow(1, new Label("Amount"), amount);
            dialog.getDialogPane().setContent(grid);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty() || invoice.getValue() == null) {
                return;
            }
            BigDecimal value;
            try {
                value = FormFields.decimal(amount, "Amount");
            } catch (RuntimeException e) {
                ErrorDialogs.show(root.getScene().getWindow(), e);
                return;
            }
            long invoiceId = invoice.getValue().getId();
            act("Allocating…", () -> {
                notes().allocate(s.id(), s.version(), invoiceId, value, LocalDate.now());
                return "Allocated.";
            });
        });
    }

    private void voidNote(CreditNoteSummary s) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText("Void this credit note? Give a reason (kept in its history).");
        ask.showAndWait().ifPresent(reason -> act("Voiding…", () -> {
            notes().voidNote(s.id(), s.version(), reason);
            return "Voided.";
        }));
    }

    private void history(CreditNoteSummary s) {
        context.background().run("Loading history…", () -> notes().history(s.id()), events -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(root.getScene().getWindow());
            alert.setHeaderText("History");
            alert.setContentText(events.stream().map(CreditNotesSection::line).collect(Collectors.joining("\n")));
            alert.show();
        });
    }

    private static String line(AuditEvent e) {
        return e.getOccurredAt() + "  " + e.getActor() + "  " + e.getAction() + (e.getReason() == null ? "" : " — " + e.getReason());
    }

    private void openEditor(Long id) {
        root.getChildren().setAll(editor.node());
        editor.open(id);
    }

    private void showList() {
        root.getChildren().setAll(list);
        reload();
    }

    private void reload() {
        CreditNoteStatus chosen = status.selected();
        context.background().run("Loading credit notes…", () -> notes().list(chosen, null),
                rows -> table.setItems(FXCollections.observableArrayList(rows)));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        showList();
    }
}
