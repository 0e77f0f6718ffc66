package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.triage.ClientChoice;
import dev.billingone.workstation.triage.ClientScope;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.TriageCsv;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.Section;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Pick a client by typing part of its name (or its id), then see its subscriptions, invoices and variance. The
 * pick also narrows the other tabs to that client.
 */
final class ClientScopePane implements TriagePane {
    private final TriageContext context;
    private final Consumer<OptionalLong> onScope;
    private final ObservableList<ClientChoice> clients = FXCollections.observableArrayList();
    private final FilteredList<ClientChoice> matches = new FilteredList<>(clients);
    private final TextField search = new TextField();
    private final ListView<ClientChoice> matchList = new ListView<>(matches);
    private final Label heading = new Label("Type a client's name to see its subscriptions, invoices and variance.");
    private final Label variance = new Label();
    private final ObservableList<ClientScope.SubscriptionLine> subscriptions = FXCollections.observableArrayList();
    private final ObservableList<ClientScope.InvoiceLine> invoices = FXCollections.observableArrayList();
    private final VBox root = new VBox(6);
    private ClientScope.View shown;

    ClientScopePane(TriageContext context, Consumer<OptionalLong> onScope) {
        this.context = context;
        this.onScope = onScope;
        search.setId("clientSearch");
        search.setPromptText("Client name or id (Ctrl+F)");
        matchList.setId("clientMatches");
        matchList.setPrefHeight(140);
        search.textProperty().addListener((obs, old, typed) -> {
            matches.setPredicate(choice -> choice.matches(typed));
            matchList.getSelectionModel().selectFirst();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                matchList.requestFocus();
                matchList.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !matches.isEmpty()) {
                pick(matchList.getSelectionModel().getSelectedItem() == null ? matches.get(0)
                        : matchList.getSelectionModel().getSelectedItem());
            }
        });
        matchList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && matchList.getSelectionModel().getSelectedItem() != null) {
                pick(matchList.getSelectionModel().getSelectedItem());
            }
        });
        matchList.setOnMouseClicked(e -> {
            if (matchList.getSelectionModel().getSelectedItem() != null) {
                pick(matchList.getSelectionModel().getSelectedItem());
            }
        });
        heading.setId("clientHeading");
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold;");
        variance.setId("clientVariance");
        TableView<ClientScope.SubscriptionLine> subscriptionTable = TriageTables.table(subscriptions, "clientSubscriptions",
                "No Pax8 subscriptions mapped to this client.",
                Tables.text("Product", 170, ClientScope.SubscriptionLine::product),
                Tables.quantity("Qty", 50, ClientScope.SubscriptionLine::quantity),
                Tables.text("Term", 70, ClientScope.SubscriptionLine::term),
                Tables.text("Status", 70, ClientScope.SubscriptionLine::status));
        TableView<ClientScope.InvoiceLine> invoiceTable = TriageTables.table(invoices, "clientInvoices",
                "No invoices for this client.",
                Tables.text("Source", 80, ClientScope.InvoiceLine::source),
                Tables.text("Number", 110, i -> i.number() == null ? "" : i.number()),
                Tables.text("Status", 60, ClientScope.InvoiceLine::status),
                Tables.money("Total", 110, i -> i.total().amount(), i -> i.total().currencyCode()));
        VBox.setVgrow(subscriptionTable, Priority.ALWAYS);
        VBox.setVgrow(invoiceTable, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.getChildren().addAll(search, matchList, heading, variance, new Label("Subscriptions"), subscriptionTable,
                new Label("Invoices"), invoiceTable);
    }

    @Override
    public String title() {
        return "Client";
    }

    @Override
    public Node node() {
        return root;
    }

    TextField search() {
        return search;
    }

    @Override
    public void reload(OptionalLong clientId) {
        context.background().run("Loading clients", () -> ClientScope.clients(context.workstation().store()), clients::setAll);
        if (clientId.isPresent()) {
            load(clientId.getAsLong());
        }
    }

    /** Shows {@code clientId}, e.g. from a {@code clients/ID} link, and narrows the other tabs to it. */
    void pick(long clientId) {
        load(clientId);
        onScope.accept(OptionalLong.of(clientId));
    }

    private void pick(ClientChoice choice) {
        search.setText(choice.name());
        pick(choice.id());
    }

    private void load(long clientId) {
        context.background().run("Loading client", () -> ClientScope.of(context.workstation().store(), clientId, context.today()),
                view -> {
                    shown = view;
                    heading.setText(view.client().name());
                    variance.setText("Variance (unbilled, open): " + view.variance().describe()
                            + " in " + view.missedBilling().size() + (view.missedBilling().size() == 1 ? " item" : " items"));
                    subscriptions.setAll(view.subscriptions());
                    invoices.setAll(view.invoices());
                });
    }

    void clear() {
        shown = null;
        search.clear();
        heading.setText("Type a client's name to see its subscriptions, invoices and variance.");
        variance.setText("");
        subscriptions.clear();
        invoices.clear();
    }

    @Override
    public CsvTable csv() {
        return TriageCsv.invoices(invoices);
    }

    @Override
    public Route route() {
        return shown == null ? Route.of(Section.CLIENTS) : Route.client(shown.client().id());
    }
}
