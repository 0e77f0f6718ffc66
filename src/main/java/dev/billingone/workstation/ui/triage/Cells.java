package dev.billingone.workstation.ui.triage;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns of read-only text, the one way the triage tables are built. */
final class Cells {
    private Cells() {
    }

    static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    static <S> TableColumn<S, String> number(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = text(title, width, value);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
