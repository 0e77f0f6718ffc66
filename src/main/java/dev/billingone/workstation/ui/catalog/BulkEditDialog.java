package dev.billingone.workstation.ui.catalog;

import dev.billingone.workstation.catalog.BulkChange;
import dev.billingone.workstation.catalog.BulkEdit;
import dev.billingone.workstation.catalog.CatalogService;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Bulk edit of the selected products: choose the change, preview every product's before → after, apply as one. */
final class BulkEditDialog {
    private static final String LEAVE = "Leave as is";
    private final ViewContext context;
    private final List<Long> ids;
    private final ComboBox<String> uplift = new ComboBox<>(FXCollections.observableArrayList(LEAVE, "Raise by %", "Raise by amount"));
    private final TextField value = new TextField();
    private final ComboBox<BulkEdit.Rounding> rounding = new ComboBox<>(FXCollections.observableArrayList(BulkEdit.Rounding.values()));
    private final TextField taxType = new TextField();
    private final TextField account = new TextField();
    private final ComboBox<String> active = new ComboBox<>(FXCollections.observableArrayList(LEAVE, "Active", "Archived"));
    private final TableView<BulkChange> preview = new TableView<>();
    private final Label status = new Label();

    BulkEditDialog(ViewContext context, List<Long> ids) {
        this.context = context;
        this.ids = ids;
    }

    void show(IntConsumer onApplied) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Bulk edit " + ids.size() + " products");
        uplift.setValue(LEAVE);
        rounding.setValue(BulkEdit.Rounding.CENTS);
        active.setValue(LEAVE);
        value.setPromptText("e.g. 5 or 2.50");
        taxType.setPromptText(LEAVE);
        account.setPromptText(LEAVE);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Price"), uplift, value, rounding);
        form.addRow(1, new Label("Tax type"), taxType);
        form.addRow(2, new Label("Sales account"), account);
        form.addRow(3, new Label("Status"), active);
        Button previewButton = new Button("Preview");
        previewButton.setOnAction(e -> preview());
        preview.setPrefHeight(320);
        preview.setFixedCellSize(26);
        preview.getColumns().setAll(List.of(
                Tables.text("SKU", 140, BulkChange::sku),
                Tables.text("Name", 240, BulkChange::name),
                Tables.text("Before", 220, c -> c.before().toString()),
                Tables.text("After", 220, c -> c.after().toString())));
        dialog.getDialogPane().setContent(new VBox(10, form, previewButton, preview, status));
        ButtonType apply = new ButtonType("Apply to all", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.showAndWait().filter(apply::equals).ifPresent(b -> {
            BulkEdit edit = edit();
            context.background().run("Applying bulk edit…",
                    () -> new CatalogService(context.workstation().store()).applyBulkEdit(ids, edit), onApplied::accept);
        });
    }

    private void preview() {
        BulkEdit edit = edit();
        context.background().run("Previewing bulk edit…",
                () -> new CatalogService(context.workstation().store()).preview(ids, edit),
                changes -> {
                    preview.getItems().setAll(changes);
                    status.setText(changes.size() + " of " + ids.size() + " products would change.");
                });
    }

    private BulkEdit edit() {
        BulkEdit.Uplift kind = switch (uplift.getValue()) {
            case "Raise by %" -> BulkEdit.Uplift.PERCENT;
            case "Raise by amount" -> BulkEdit.Uplift.AMOUNT;
            default -> null;
        };
        BigDecimal amount = kind == null || value.getText().isBlank() ? null : new BigDecimal(value.getText().trim());
        Boolean activeValue = LEAVE.equals(active.getValue()) ? null : "Active".equals(active.getValue());
        return new BulkEdit(kind, amount, rounding.getValue(), blankToNull(taxType.getText()), blankToNull(account.getText()), activeValue);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
