package dev.billingone.workstation.ui.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.contracts.ContractDetail;
import dev.billingone.workstation.contracts.ContractInput;
import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.common.FormFields;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Create or fully edit one contract: header, lines, save. Saving sends the whole contract to the service, which
 * validates it and refuses a stale version; the list reopens on success.
 */
final class ContractEditor {
    private final ViewContext context;
    private final LongConsumer saved;
    private final Runnable closed;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final ComboBox<Client> client = new ComboBox<>();
    private final TextField name = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final TextField term = new TextField();
    private final CheckBox autoRenew = new CheckBox("Auto-renew");
    private final TextField uplift = new TextField();
    private final TextArea notes = new TextArea();
    private final VBox lineBox = new VBox(6);
    private final List<ContractLineRow> lines = new ArrayList<>();
    private List<Product> products = List.of();
    private Long contractId;
    private long version;

    ContractEditor(ViewContext context, LongConsumer saved, Runnable closed) {
        this.context = context;
        this.saved = saved;
        this.closed = closed;
        build();
    }

    private void build() {
        title.getStyleClass().add("title-3");
        client.setId("contract-client");
        client.setCellFactory(l -> new ClientCell());
        client.setButtonCell(new ClientCell());
        client.setPrefWidth(320);
        name.setId("contract-name");
        start.setId("contract-start");
        end.setId("contract-end");
        term.setId("contract-term");
        term.setPromptText("months");
        uplift.setId("contract-uplift");
        uplift.setPromptText("% at renewal");
        notes.setPrefRowCount(2);
        GridPane header = new GridPane();
        header.setHgap(10);
        header.setVgap(8);
        header.addRow(0, new Label("Client"), client, new Label("Name"), name);
        header.addRow(1, new Label("Start"), start, new Label("End"), end);
        header.addRow(2, new Label("Term (months)"), term, new Label("Renewal uplift %"), uplift);
        header.addRow(3, new Label(""), autoRenew, new Label("Notes"), notes);

        Button addLine = new Button("Add line");
        addLine.setId("contract-add-line");
        addLine.setOnAction(e -> addRow(new ContractLineRow(null, products, lines.size())));
        Button save = new Button("Save");
        save.setId("contract-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Button cancel = new Button("Close without saving");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closed.run());
        Label columns = new Label("Product · description · quantity · unit price (blank = catalog) · discount % · "
                + "billing frequency · line start · line end");
        columns.getStyleClass().add("text-muted");
        root.getChildren().setAll(title, header, new Label("Lines"), columns, new ScrollPane(lineBox),
                new HBox(8, addLine), new HBox(8, save, cancel));
        root.setPadding(new Insets(4));
    }

    /** Opens an empty contract for a new client agreement. */
    void create() {
        contractId = null;
        title.setText("New contract");
        ContractService service = new ContractService(context.workstation().store());
        context.background().run("Loading clients and products…", service::choices, choices -> {
            fill(choices, null);
            addRow(new ContractLineRow(null, products, 0));
        });
    }

    /** Opens an existing contract for full edit. */
    void edit(long id) {
        ContractService service = new ContractService(context.workstation().store());
        context.background().run("Loading contract…", () -> new Loaded(service.choices(), service.get(id, LocalDate.now())),
                loaded -> {
                    ContractDetail detail = loaded.detail();
                    contractId = id;
                    version = detail.contract().getVersion();
                    title.setText("Contract — " + detail.contract().getName() + " (" + detail.clientName() + ", "
                            + detail.contract().getStatus().name().toLowerCase() + ")");
                    fill(loaded.choices(), detail);
                });
    }

    private record Loaded(ContractService.Choices choices, ContractDetail detail) {
    }

    private void fill(ContractService.Choices choices, ContractDetail detail) {
        products = new ArrayList<>(choices.products());
        if (detail != null) {
            // A line may hold a product retired since; it stays choosable on that contract.
            detail.lines().stream().map(l -> detail.products().get(l.getProductId()))
                    .filter(p -> p != null && products.stream().noneMatch(q -> q.getId().equals(p.getId())))
                    .distinct().forEach(products::add);
        }
        client.setItems(FXCollections.observableArrayList(choices.clients()));
        lines.clear();
        lineBox.getChildren().clear();
        ContractInput input = detail == null ? null : detail.toInput();
        client.setValue(input == null ? null
                : choices.clients().stream().filter(c -> c.getId().equals(input.clientId())).findFirst().orElse(null));
        name.setText(input == null ? "" : input.name());
        start.setValue(input == null ? null : input.startDate());
        end.setValue(input == null ? null : input.endDate());
        term.setText(input == null || input.termMonths() == null ? "12" : input.termMonths().toString());
        autoRenew.setSelected(input != null && input.autoRenew());
        uplift.setText(input == null ? "" : FormFields.plain(input.renewalUpliftPct()));
        notes.setText(input == null ? "" : input.notes());
        if (input != null) {
            input.lines().forEach(l -> addRow(ContractLineRow.of(l, products, lines.size())));
        }
    }

    private void addRow(ContractLineRow row) {
        lines.add(row);
        lineBox.getChildren().add(row.node);
        row.remove.setOnAction(e -> {
            lines.remove(row);
            lineBox.getChildren().remove(row.node);
        });
    }

    private void save() {
        ContractInput input;
        try {
            List<ContractInput.Line> typed = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                typed.add(lines.get(i).toLine(i + 1));
            }
            input = new ContractInput(client.getValue() == null ? null : client.getValue().getId(), name.getText(),
                    start.getValue(), end.getValue(), FormFields.whole(term, "Term"), autoRenew.isSelected(),
                    FormFields.decimal(uplift, "Renewal uplift"), notes.getText(), typed);
        } catch (RuntimeException e) {
            ErrorDialogs.show(root.getScene().getWindow(), e);
            return;
        }
        ContractService service = new ContractService(context.workstation().store());
        Long id = contractId;
        long expected = version;
        context.background().run("Saving contract…", () -> {
            if (id == null) {
                return service.create(input);
            }
            service.update(id, expected, input);
            return id;
        }, savedId -> {
            context.dataChanged();
            saved.accept(savedId);
        });
    }

    Node node() {
        return root;
    }

    private static final class ClientCell extends ListCell<Client> {
        @Override
        protected void updateItem(Client item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getName());
        }
    }
}
