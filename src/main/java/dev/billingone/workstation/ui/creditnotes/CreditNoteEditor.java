package dev.billingone.workstation.ui.creditnotes;

import dev.billingone.workstation.billing.CreditNoteDetail;
import dev.billingone.workstation.billing.CreditNoteInput;
import dev.billingone.workstation.billing.CreditNoteReason;
import dev.billingone.workstation.billing.CreditNoteService;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.common.FormFields;
import dev.billingone.workstation.ui.common.ListActions;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Create or fully edit a draft credit note: client, the invoice it credits (or none), reason, lines. */
final class CreditNoteEditor {
    private final ViewContext context;
    private final Runnable closed;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final ComboBox<Client> client = new ComboBox<>();
    private final ComboBox<GeneratedInvoice> invoice = new ComboBox<>();
    private final TextField number = new TextField();
    private final ComboBox<CreditNoteReason> reason = new ComboBox<>(FXCollections.observableArrayList(CreditNoteReason.values()));
    private final TextField reasonText = new TextField();
    private final DatePicker issueDate = new DatePicker();
    private final VBox lineBox = new VBox(6);
    private final List<Row> rows = new ArrayList<>();
    private Long noteId;
    private long version;

    private final class Row {
        final TextField description = new TextField();
        final TextField quantity = new TextField("1");
        final TextField price = new TextField();
        final TextField taxType = new TextField();
        final Long productId;
        final HBox node;

        Row(CreditNoteInput.Line line) {
            productId = line == null ? null : line.productId();
            description.setPrefWidth(320);
            quantity.setPrefWidth(60);
            price.setPrefWidth(90);
            price.setPromptText("unit price");
            taxType.setPrefWidth(110);
            taxType.setPromptText("client default");
            if (line != null) {
                description.setText(line.description());
                quantity.setText(FormFields.plain(line.quantity()));
                price.setText(FormFields.plain(line.unitPrice()));
                taxType.setText(Objects.toString(line.taxType(), ""));
            }
            Button remove = new Button("Remove");
            node = new HBox(6, description, quantity, price, taxType, remove);
            remove.setOnAction(e -> {
                rows.remove(this);
                lineBox.getChildren().remove(node);
            });
        }

        CreditNoteInput.Line toLine(int n) {
            return new CreditNoteInput.Line(productId, description.getText(), FormFields.decimal(quantity, "Line " + n + " quantity"),
                    FormFields.decimal(price, "Line " + n + " unit price"), taxType.getText().isBlank() ? null : taxType.getText());
        }
    }

    CreditNoteEditor(ViewContext context, Runnable closed) {
        this.context = context;
        this.closed = closed;
        title.getStyleClass().add("title-3");
        client.setConverter(ListActions.display(Client::getName));
        client.setPrefWidth(300);
        client.setOnAction(e -> loadInvoices(null));
        invoice.setConverter(ListActions.display(CreditNoteEditor::describe));
        invoice.setPromptText("none (standalone credit)");
        invoice.setPrefWidth(300);
        reasonText.setPromptText("Details (required for 'other')");
        GridPane header = new GridPane();
        header.setHgap(10);
        header.setVgap(8);
        header.addRow(0, new Label("Client"), client, new Label("Against invoice"), invoice);
        header.addRow(1, new Label("Reason"), reason, new Label("Details"), reasonText);
        header.addRow(2, new Label("Issue date"), issueDate, new Label("Number"), number);
        Button add = new Button("Add line");
        add.setOnAction(e -> addRow(new Row(null)));
        Button clear = new Button("No invoice");
        clear.setOnAction(e -> invoice.setValue(null));
        Button save = new Button("Save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button("Close without saving");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closed.run());
        root.getChildren().setAll(title, header, clear, new Label("Lines: description · quantity · unit price · tax type"),
                lineBox, add, new HBox(8, save, cancel));
        root.setPadding(new Insets(4));
    }

    static String describe(GeneratedInvoice invoice) {
        return (invoice.getInvoiceNumber() == null ? "#" + invoice.getId() : invoice.getInvoiceNumber()) + " · "
                + invoice.getPeriod() + " · " + invoice.getCurrency() + " " + invoice.getTotal().stripTrailingZeros().toPlainString();
    }

    private CreditNoteService service() {
        return new CreditNoteService(context.workstation().store());
    }

    void open(Long id) {
        noteId = id;
        ContractService choices = new ContractService(context.workstation().store());
        context.background().run("Loading…", () -> new Loaded(choices.choices().clients(), id == null ? null : service().get(id)),
                this::fill);
    }

    private record Loaded(List<Client> clients, CreditNoteDetail detail) {
    }

    private void fill(Loaded loaded) {
        client.setItems(FXCollections.observableArrayList(loaded.clients()));
        rows.clear();
        lineBox.getChildren().clear();
        CreditNoteDetail detail = loaded.detail();
        CreditNoteInput input = detail == null ? null : detail.toInput();
        title.setText(detail == null ? "New credit note" : "Credit note " + Objects.toString(detail.note().getCreditNoteNumber(),
                "#" + detail.note().getId()) + " (" + detail.note().getStatus().name().toLowerCase() + ")");
        version = detail == null ? 0 : detail.note().getVersion();
        client.setValue(input == null ? null
                : loaded.clients().stream().filter(c -> c.getId().equals(input.clientId())).findFirst().orElse(null));
        reason.setValue(input == null ? CreditNoteReason.GOODWILL : input.reason());
        reasonText.setText(input == null ? "" : Objects.toString(input.reasonText(), ""));
        issueDate.setValue(input == null ? LocalDate.now() : input.issueDate());
        number.setText(input == null ? "" : Objects.toString(input.creditNoteNumber(), ""));
        if (input == null) {
            addRow(new Row(null));
        } else {
            input.lines().forEach(l -> addRow(new Row(l)));
        }
        loadInvoices(input == null ? null : input.invoiceId());
    }

    private void loadInvoices(Long select) {
        Client chosen = client.getValue();
        if (chosen == null) {
            invoice.getItems().clear();
            return;
        }
        context.background().run("Loading invoices…", () -> service().creditableInvoices(chosen.getId()), invoices -> {
            invoice.setItems(FXCollections.observableArrayList(invoices));
            invoice.setValue(invoices.stream().filter(i -> i.getId().equals(select)).findFirst().orElse(null));
        });
    }

    private void addRow(Row row) {
        rows.add(row);
        lineBox.getChildren().add(row.node);
    }

    private void save() {
        CreditNoteInput input;
        try {
            List<CreditNoteInput.Line> lines = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                lines.add(rows.get(i).toLine(i + 1));
            }
            input = new CreditNoteInput(client.getValue() == null ? null : client.getValue().getId(),
                    invoice.getValue() == null ? null : invoice.getValue().getId(), number.getText(), reason.getValue(),
                    reasonText.getText(), issueDate.getValue(), lines);
        } catch (RuntimeException e) {
            ErrorDialogs.show(root.getScene().getWindow(), e);
            return;
        }
        Long id = noteId;
        long expected = version;
        context.background().run("Saving credit note…", () -> {
            if (id == null) {
                return service().create(input);
            }
            service().update(id, expected, input);
            return id;
        }, saved -> {
            context.dataChanged();
            closed.run();
        });
    }

    Node node() {
        return root;
    }
}
