package dev.billingone.workstation.ui.procurement;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.procurement.PurchaseOrderDetail;
import dev.billingone.workstation.procurement.PurchaseOrderInput;
import dev.billingone.workstation.procurement.PurchaseOrderLine;
import dev.billingone.workstation.procurement.PurchaseOrderService;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Create or fully edit a purchase order: supplier, date, who it is for, lines of product, quantity and cost. */
final class PurchaseOrderEditor {
    private final ViewContext context;
    private final Runnable closed;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final TextField supplier = new TextField();
    private final DatePicker orderDate = new DatePicker();
    private final ComboBox<Client> client = new ComboBox<>();
    private final TextField currency = new TextField("AUD");
    private final TextField notes = new TextField();
    private final VBox lineBox = new VBox(6);
    private final List<Row> rows = new ArrayList<>();
    private List<Product> products = List.of();
    private List<Client> clients = List.of();
    private Long orderId;
    private long version;

    /** One line's controls. */
    private final class Row {
        final Long id;
        final ComboBox<Product> product = new ComboBox<>(FXCollections.observableArrayList(products));
        final TextField description = new TextField();
        final TextField quantity = new TextField("1");
        final TextField cost = new TextField();
        final ComboBox<Client> lineClient = clientCombo();
        final HBox node;

        Row(Long id) {
            this.id = id;
            product.setConverter(ListActions.display(p -> p.getSku() + " — " + p.getName()));
            product.setPrefWidth(260);
            description.setPromptText("Description (optional)");
            quantity.setPrefWidth(60);
            cost.setPromptText("unit cost");
            cost.setPrefWidth(90);
            lineClient.setPromptText("order's client / stock");
            Button remove = new Button("Remove");
            node = new HBox(6, product, description, quantity, cost, lineClient, remove);
            remove.setOnAction(e -> {
                rows.remove(this);
                lineBox.getChildren().remove(node);
            });
        }

        PurchaseOrderInput.Line toLine(int number) {
            String where = "Line " + number;
            return new PurchaseOrderInput.Line(id, product.getValue() == null ? null : product.getValue().getId(),
                    description.getText().isBlank() ? null : description.getText().trim(),
                    FormFields.decimal(quantity, where + " quantity"), FormFields.decimal(cost, where + " unit cost"),
                    lineClient.getValue() == null ? null : lineClient.getValue().getId());
        }
    }

    PurchaseOrderEditor(ViewContext context, Runnable closed) {
        this.context = context;
        this.closed = closed;
        title.getStyleClass().add("title-3");
        client.setConverter(ListActions.display(Client::getName));
        client.setPromptText("none (stock)");
        GridPane header = new GridPane();
        header.setHgap(10);
        header.setVgap(8);
        header.addRow(0, new Label("Supplier"), supplier, new Label("Order date"), orderDate);
        header.addRow(1, new Label("For client"), client, new Label("Currency"), currency);
        header.addRow(2, new Label("Notes"), notes);
        Button add = new Button("Add line");
        add.setOnAction(e -> addRow(new Row(null)));
        Button save = new Button("Save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button("Close without saving");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closed.run());
        root.getChildren().setAll(title, header, new Label("Lines: product · description · quantity · unit cost · deliver to"),
                new ScrollPane(lineBox), add, new HBox(8, save, cancel));
        root.setPadding(new Insets(4));
    }

    private ComboBox<Client> clientCombo() {
        ComboBox<Client> combo = new ComboBox<>(FXCollections.observableArrayList(clients));
        combo.setConverter(ListActions.display(Client::getName));
        combo.setPrefWidth(220);
        return combo;
    }

    void open(Long id) {
        orderId = id;
        ContractService choices = new ContractService(context.workstation().store());
        PurchaseOrderService orders = new PurchaseOrderService(context.workstation().store());
        context.background().run("Loading…", () -> new Loaded(choices.choices(), id == null ? null : orders.get(id)), this::fill);
    }

    private record Loaded(ContractService.Choices choices, PurchaseOrderDetail detail) {
    }

    private void fill(Loaded loaded) {
        products = new ArrayList<>(loaded.choices().products());
        clients = loaded.choices().clients();
        client.setItems(FXCollections.observableArrayList(clients));
        rows.clear();
        lineBox.getChildren().clear();
        PurchaseOrderDetail detail = loaded.detail();
        if (detail == null) {
            title.setText("New purchase order");
            supplier.setText("");
            orderDate.setValue(LocalDate.now());
            client.setValue(null);
            notes.setText("");
            addRow(new Row(null));
            return;
        }
        detail.lines().stream().map(l -> detail.products().get(l.getProductId()))
                .filter(p -> products.stream().noneMatch(q -> q.getId().equals(p.getId()))).distinct().forEach(products::add);
        version = detail.order().getVersion();
        title.setText("Purchase order " + detail.order().getPoNumber() + " ("
                + detail.order().getStatus().name().toLowerCase().replace('_', ' ') + ")");
        supplier.setText(detail.order().getSupplier());
        orderDate.setValue(detail.order().getOrderDate());
        client.setValue(find(detail.order().getClientId()));
        currency.setText(detail.order().getCurrency());
        notes.setText(Objects.toString(detail.order().getNotes(), ""));
        for (PurchaseOrderLine line : detail.lines()) {
            Row row = new Row(line.getId());
            row.product.setValue(detail.products().get(line.getProductId()));
            row.description.setText(Objects.toString(line.getDescription(), ""));
            row.quantity.setText(FormFields.plain(line.getQuantity()));
            row.cost.setText(FormFields.plain(line.getUnitCost()));
            row.lineClient.setValue(find(line.getClientId()));
            addRow(row);
        }
    }

    private Client find(Long id) {
        return id == null ? null : clients.stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    private void addRow(Row row) {
        rows.add(row);
        lineBox.getChildren().add(row.node);
    }

    private void save() {
        PurchaseOrderInput input;
        try {
            List<PurchaseOrderInput.Line> lines = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                lines.add(rows.get(i).toLine(i + 1));
            }
            input = new PurchaseOrderInput(supplier.getText(), orderDate.getValue(),
                    client.getValue() == null ? null : client.getValue().getId(), currency.getText(), notes.getText(), lines);
        } catch (RuntimeException e) {
            ErrorDialogs.show(root.getScene().getWindow(), e);
            return;
        }
        PurchaseOrderService orders = new PurchaseOrderService(context.workstation().store());
        Long id = orderId;
        long expected = version;
        context.background().run("Saving purchase order…", () -> {
            if (id == null) {
                return orders.create(input);
            }
            orders.update(id, expected, input);
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
