package dev.billingone.workstation.ui.triage;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The triage window's tables: narrow (the last column takes what is left), several rows selectable, a placeholder that says why it is empty. */
final class TriageTables {
    private TriageTables() {
    }

    @SafeVarargs
    static <S> TableView<S> table(ObservableList<S> rows, String id, String whenEmpty, TableColumn<S, ?>... columns) {
        TableView<S> table = new TableView<>(rows);
        table.setId(id);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(whenEmpty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(columns));
        return table;
    }
}
