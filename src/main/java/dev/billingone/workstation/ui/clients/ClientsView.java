package dev.billingone.workstation.ui.clients;

import dev.billingone.workstation.clients.ClientDirectory;
import dev.billingone.workstation.clients.ClientSummary;
import dev.billingone.workstation.ui.common.TableExport;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** All clients, sortable, filtered as you type (name or e-mail); Enter or double-click opens one. */
final class ClientsView {
    private final ViewContext context;
    private final LongConsumer open;
    private final ObservableList<ClientSummary> rows = FXCollections.observableArrayList();
    private final FilteredList<ClientSummary> filtered = new FilteredList<>(rows);
    private final TableView<ClientSummary> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();

    ClientsView(ViewContext context, LongConsumer open) {
        this.context = context;
        this.open = open;
        build();
    }

    private void build() {
        filter.setId("client-filter");
        filter.setPromptText("Filter clients by name or e-mail");
        filter.textProperty().addListener((obs, old, text) -> applyFilter(text));
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox top = new HBox(12, filter, count, TableExport.button(table, "clients.csv", context.background()));
        top.setPadding(new Insets(0, 0, 10, 0));

        table.setId("clients-table");
        table.getColumns().setAll(java.util.List.of(
                Tables.text("Name", 300, ClientSummary::name),
                Tables.text("E-mail", 240, ClientSummary::email),
                Tables.text("Currency", 80, ClientSummary::currency),
                Tables.number("Linked systems", 110, c -> (long) c.linkedSystems()),
                Tables.number("Subscriptions", 110, ClientSummary::subscriptions),
                Tables.number("Contracts", 90, ClientSummary::contracts),
                Tables.money("Outstanding", 140, ClientSummary::outstanding, ClientSummary::currency)));
        SortedList<ClientSummary> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label("No clients match the filter."));
        table.setRowFactory(t -> {
            TableRow<ClientSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ClientSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
            }
        });
        root.setTop(top);
        root.setCenter(table);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        filtered.setPredicate(needle.isEmpty() ? null : c -> c.name().toLowerCase(Locale.ROOT).contains(needle)
                || c.email() != null && c.email().toLowerCase(Locale.ROOT).contains(needle));
        count.setText(filtered.size() + " of " + rows.size() + " clients");
    }

    void reload() {
        context.background().run("Loading clients…",
                () -> new ClientDirectory(context.workstation().store()).summaries(),
                loaded -> {
                    rows.setAll(loaded);
                    applyFilter(filter.getText());
                });
    }

    Node node() {
        return root;
    }

}
