package dev.billingone.workstation.ui.procurement;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.procurement.PurchaseOrderDetail;
import dev.billingone.workstation.procurement.PurchaseOrderLine;
import dev.billingone.workstation.procurement.Receipt;
import dev.billingone.workstation.ui.common.FormFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks how much of each open line arrived and where it goes: to stock, or straight to a client. Pre-filled
 * with everything outstanding, to the line's client.
 */
final class ReceiveDialog {
    private static final String STOCK = "Stock";

    private ReceiveDialog() {
    }

    static Optional<List<Receipt>> ask(Window owner, PurchaseOrderDetail detail, List<Client> clients) {
        Dialog<List<Receipt>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Receive " + detail.order().getPoNumber());
        dialog.setHeaderText("What arrived from " + detail.order().getSupplier() + "?");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Line"), new Label("Outstanding"), new Label("Received now"), new Label("Goes to"));
        Map<String, Long> clientIds = new java.util.LinkedHashMap<>();
        clientIds.put(STOCK, null);
        clients.forEach(c -> clientIds.put(c.getName(), c.getId()));
        List<Runnable> collectors = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        int row = 1;
        for (PurchaseOrderLine line : detail.lines()) {
            BigDecimal outstanding = line.getQuantity().subtract(line.getReceivedQuantity());
            if (outstanding.signum() <= 0) {
                continue;
            }
            TextField quantity = new TextField(FormFields.plain(outstanding));
            quantity.setPrefWidth(80);
            ComboBox<String> destination = new ComboBox<>();
            destination.getItems().setAll(clientIds.keySet());
            destination.setValue(line.getClientId() == null ? STOCK : detail.clientNames().get(line.getClientId()));
            grid.addRow(row++, new Label(line.getLineNo() + ". " + detail.products().get(line.getProductId()).getSku()),
                    new Label(FormFields.plain(outstanding)), quantity, destination);
            String where = "Line " + line.getLineNo() + " received";
            collectors.add(() -> {
                BigDecimal qty = FormFields.decimal(quantity, where);
                if (qty != null && qty.signum() != 0) {
                    receipts.add(new Receipt(line.getId(), qty, clientIds.get(destination.getValue())));
                }
            });
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            receipts.clear();
            collectors.forEach(Runnable::run);
            return List.copyOf(receipts);
        });
        return dialog.showAndWait();
    }
}
