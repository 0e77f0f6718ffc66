package dev.billingone.workstation.ui.billing;

import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.InvoiceLifecycle;
import dev.billingone.workstation.billing.TaxRates;
import dev.billingone.workstation.core.InvalidInputException;
import java.math.BigDecimal;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Edits a draft line: description, quantity, price, discount, tax type and account; amounts are recomputed by the service. */
final class LineEditDialog extends Dialog<InvoiceLifecycle.LineEdit> {
    LineEditDialog(Window owner, GeneratedInvoiceLine line) {
        initOwner(owner);
        setTitle("Edit line " + line.getLineNo());
        TextField description = new TextField(line.getDescription());
        description.setPrefColumnCount(40);
        TextField quantity = new TextField(line.getQuantity().stripTrailingZeros().toPlainString());
        TextField unitPrice = new TextField(line.getUnitPrice().stripTrailingZeros().toPlainString());
        TextField discount = new TextField(line.getDiscountPct().stripTrailingZeros().toPlainString());
        ComboBox<String> taxType = new ComboBox<>();
        taxType.getItems().setAll(TaxRates.types());
        taxType.setEditable(true);
        taxType.setValue(line.getTaxType());
        TextField account = new TextField(line.getAccountCode() == null ? "" : line.getAccountCode());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Description"), description);
        grid.addRow(1, new Label("Quantity"), quantity);
        grid.addRow(2, new Label("Unit price"), unitPrice);
        grid.addRow(3, new Label("Discount %"), discount);
        grid.addRow(4, new Label("Tax type"), taxType);
        grid.addRow(5, new Label("Account"), account);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button != ButtonType.OK ? null : new InvoiceLifecycle.LineEdit(description.getText(),
                number(quantity.getText(), "Quantity"), number(unitPrice.getText(), "Unit price"),
                number(discount.getText().isBlank() ? "0" : discount.getText(), "Discount"), taxType.getValue(), account.getText()));
    }

    private static BigDecimal number(String text, String field) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field + " '" + text + "' is not a number; write it like 12.50.");
        }
    }
}
