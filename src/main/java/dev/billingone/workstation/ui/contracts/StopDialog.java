package dev.billingone.workstation.ui.contracts;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the effective date and the reason of ending or cancelling a contract. */
final class StopDialog {
    record Answer(LocalDate effective, String reason) {
    }

    private StopDialog() {
    }

    static Optional<Answer> ask(Window owner, String title, LocalDate suggested) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title + ": the contract stops billing after the effective date.");
        DatePicker effective = new DatePicker(suggested);
        TextField reason = new TextField();
        reason.setPromptText("Why (kept in the contract's history)");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Effective date"), effective);
        grid.addRow(1, new Label("Reason"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Answer(effective.getValue(), reason.getText()) : null);
        return dialog.showAndWait();
    }
}
