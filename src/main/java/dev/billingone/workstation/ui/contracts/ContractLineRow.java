package dev.billingone.workstation.ui.contracts;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.contracts.ContractInput;
import dev.billingone.workstation.ui.common.FormFields;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The controls of one contract line in the editor; turns them into a {@link ContractInput.Line}. */
final class ContractLineRow {
    final Long id;
    final ComboBox<Product> product = new ComboBox<>();
    final TextField description = new TextField();
    final TextField quantity = new TextField("1");
    final TextField unitPrice = new TextField();
    final TextField discount = new TextField("0");
    final ComboBox<BillingFrequency> frequency = new ComboBox<>(FXCollections.observableArrayList(BillingFrequency.values()));
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final Button remove = new Button("Remove");
    final HBox node;

    ContractLineRow(Long id, List<Product> products, int index) {
        this.id = id;
        product.setItems(FXCollections.observableArrayList(products));
        product.setCellFactory(l -> new ProductCell());
        product.setButtonCell(new ProductCell());
        product.setPrefWidth(230);
        description.setPromptText("Description (optional)");
        description.setPrefWidth(170);
        quantity.setPrefWidth(60);
        unitPrice.setPromptText("catalog");
        unitPrice.setPrefWidth(90);
        discount.setPrefWidth(55);
        frequency.setValue(BillingFrequency.MONTHLY);
        start.setPromptText("from start");
        start.setPrefWidth(125);
        end.setPromptText("to end");
        end.setPrefWidth(125);
        product.setId("line-product-" + index);
        quantity.setId("line-quantity-" + index);
        unitPrice.setId("line-price-" + index);
        node = new HBox(6, product, description, quantity, unitPrice, discount, frequency, start, end, remove);
    }

    static ContractLineRow of(ContractInput.Line line, List<Product> products, int index) {
        ContractLineRow row = new ContractLineRow(line.id(), products, index);
        products.stream().filter(p -> p.getId().equals(line.productId())).findFirst().ifPresent(row.product::setValue);
        row.description.setText(line.description());
        row.quantity.setText(FormFields.plain(line.quantity()));
        row.unitPrice.setText(FormFields.plain(line.unitPrice()));
        row.discount.setText(FormFields.plain(line.discountPct()));
        row.frequency.setValue(line.billingFrequency());
        row.start.setValue(line.startDate());
        row.end.setValue(line.endDate());
        return row;
    }

    ContractInput.Line toLine(int number) {
        String where = "Line " + number;
        return new ContractInput.Line(id, product.getValue() == null ? null : product.getValue().getId(),
                description.getText() == null || description.getText().isBlank() ? null : description.getText().trim(),
                FormFields.decimal(quantity, where + " quantity"), FormFields.decimal(unitPrice, where + " unit price"),
                FormFields.decimal(discount, where + " discount"), frequency.getValue(), start.getValue(), end.getValue());
    }

    private static final class ProductCell extends ListCell<Product> {
        @Override
        protected void updateItem(Product item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.getSku() + " — " + item.getName()
                    + (item.isActive() ? "" : " (inactive)"));
        }
    }
}
