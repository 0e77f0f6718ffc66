package dev.billingone.workstation.ui.catalog;

import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.ProductEdit;
import dev.billingone.workstation.catalog.ProductRow;
import dev.billingone.workstation.core.InvalidInputException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The detail form beside the catalog table: every field of one product (or a new one), saved as one edit. */
final class ProductForm {
    private final Consumer<ProductEdit> save;
    private final Label title = new Label("New product");
    private final TextField sku = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField unitPrice = new TextField();
    private final TextField cost = new TextField();
    private final TextField currency = new TextField();
    private final TextField taxType = new TextField();
    private final TextField account = new TextField();
    private final TextField vendor = new TextField();
    private final ComboBox<BillingUnit> billingUnit = new ComboBox<>(FXCollections.observableArrayList(BillingUnit.values()));
    private final CheckBox active = new CheckBox("Active");
    private final Label problem = new Label();
    private final VBox root = new VBox(8);
    private ProductRow editing;

    ProductForm(Consumer<ProductEdit> save) {
        this.save = save;
        description.setPrefRowCount(3);
        description.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        String[] labels = {"SKU", "Name", "Description", "Unit price", "Cost", "Currency", "Tax type", "Sales account", "Vendor", "Billing unit"};
        Node[] fields = {sku, name, description, unitPrice, cost, currency, taxType, account, vendor, billingUnit};
        for (int i = 0; i < labels.length; i++) {
            grid.addRow(i, new Label(labels[i]), fields[i]);
        }
        grid.add(active, 1, labels.length);
        Button saveButton = new Button("Save");
        saveButton.setId("product-save");
        saveButton.setOnAction(e -> submit());
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        title.setStyle("-fx-font-weight: bold;");
        root.getChildren().setAll(title, grid, saveButton, problem);
        root.setPadding(new Insets(0, 0, 0, 12));
        root.setPrefWidth(340);
        edit(null);
    }

    void edit(ProductRow row) {
        editing = row;
        problem.setText("");
        title.setText(row == null ? "New product" : row.sku());
        sku.setText(row == null ? "" : row.sku());
        name.setText(row == null ? "" : row.name());
        description.setText(row == null || row.description() == null ? "" : row.description());
        unitPrice.setText(row == null ? "" : CatalogView.plain(row.unitPrice()));
        cost.setText(row == null ? "" : CatalogView.plain(row.cost()));
        currency.setText(row == null ? "" : row.currency());
        taxType.setText(row == null || row.taxType() == null ? "" : row.taxType());
        account.setText(row == null || row.salesAccountCode() == null ? "" : row.salesAccountCode());
        vendor.setText(row == null || row.vendor() == null ? "" : row.vendor());
        billingUnit.setValue(row == null ? BillingUnit.PER_USER : row.billingUnit());
        active.setSelected(row == null || row.active());
    }

    private void submit() {
        try {
            save.accept(new ProductEdit(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(),
                    sku.getText(), name.getText(), description.getText(), amount("Unit price", unitPrice.getText()),
                    amount("Cost", cost.getText()), currency.getText(), taxType.getText(), account.getText(), vendor.getText(),
                    billingUnit.getValue(), active.isSelected()));
        } catch (InvalidInputException e) {
            problem.setText(e.getMessage());
        }
    }

    private static BigDecimal amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field + " '" + text + "' is not a number: write it like 1234.50.");
        }
    }

    Node node() {
        return root;
    }
}
