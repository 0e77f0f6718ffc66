package dev.billingone.workstation.ui.clients;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ClientDirectory;
import dev.billingone.workstation.clients.ClientProfile;
import dev.billingone.workstation.clients.ClientProfile.ContractRow;
import dev.billingone.workstation.clients.ClientProfile.InvoiceRow;
import dev.billingone.workstation.clients.ClientProfile.SubscriptionRow;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.reconcile.ReconciliationRow;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.ui.common.TableExport;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One client: who they are, which systems they are linked in, their subscriptions, invoices and contracts, and this
 * month's reconciliation variance.
 */
final class ClientDetailView {
    private final ViewContext context;
    private final Label name = new Label();
    private final Label facts = new Label();
    private final TableView<SubscriptionRow> subscriptions = new TableView<>();
    private final TableView<InvoiceRow> invoices = new TableView<>();
    private final TableView<ContractRow> contracts = new TableView<>();
    private final TableView<ExternalAccount> links = new TableView<>();
    private final TableView<ReconciliationRow> variance = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();

    ClientDetailView(ViewContext context, Runnable back) {
        this.context = context;
        Button backButton = new Button("\u2190 All clients");
        backButton.setOnAction(e -> back.run());
        name.getStyleClass().add("title-2");
        name.setId("client-name");
        facts.getStyleClass().add("text-muted");
        Button export = TableExport.button(() -> (TableView<?>) tabs.getSelectionModel().getSelectedItem().getContent(),
                "client.csv", context.background());
        export.setId("client-export");
        VBox header = new VBox(6, new HBox(12, backButton, export), name, facts);
        header.setPadding(new Insets(0, 0, 12, 0));

        subscriptions.setId("client-subscriptions");
        subscriptions.getColumns().setAll(List.of(
                Tables.text("Product", 320, SubscriptionRow::product),
                Tables.text("SKU", 140, r -> r.sku() == null ? "unmapped" : r.sku()),
                Tables.quantity("Quantity", 80, SubscriptionRow::quantity),
                Tables.money("Price", 110, SubscriptionRow::price, SubscriptionRow::currency),
                Tables.text("Term", 90, SubscriptionRow::billingTerm),
                Tables.text("Status", 100, SubscriptionRow::status),
                Tables.date("Start", 110, SubscriptionRow::startDate),
                Tables.date("End", 110, SubscriptionRow::endDate)));
        invoices.setId("client-invoices");
        invoices.getColumns().setAll(List.of(
                Tables.text("Source", 140, InvoiceRow::source),
                Tables.text("Number", 120, InvoiceRow::number),
                Tables.date("Date", 110, InvoiceRow::date),
                Tables.text("Status", 110, InvoiceRow::status),
                Tables.money("Total", 130, InvoiceRow::total, InvoiceRow::currency),
                Tables.money("Due", 130, InvoiceRow::amountDue, InvoiceRow::currency)));
        contracts.setId("client-contracts");
        contracts.getColumns().setAll(List.of(
                Tables.text("Contract", 240, ContractRow::contract),
                Tables.text("Status", 90, ContractRow::status),
                Tables.date("Start", 110, ContractRow::start),
                Tables.date("End", 110, ContractRow::end),
                Tables.text("SKU", 110, ContractRow::sku),
                Tables.text("Product", 260, ContractRow::product),
                Tables.quantity("Qty", 60, ContractRow::quantity),
                Tables.money("Unit price", 110, ContractRow::unitPrice, r -> null),
                Tables.text("Billed", 90, ContractRow::frequency)));
        links.setId("client-links");
        links.getColumns().setAll(List.of(
                Tables.text("System", 140, a -> a.getSystem().displayName()),
                Tables.text("Name there", 320, ExternalAccount::getName),
                Tables.text("External id", 300, ExternalAccount::getExternalId),
                Tables.text("Linked by", 120, ExternalAccount::getMappedBy)));
        variance.setId("client-variance");
        variance.getColumns().setAll(List.of(
                Tables.text("SKU", 120, ReconciliationRow::sku),
                Tables.text("Product", 260, ReconciliationRow::productName),
                Tables.text("Status", 110, r -> r.status().label()),
                Tables.quantity("Sold qty", 80, ReconciliationRow::soldQuantity),
                Tables.quantity("Billed qty", 80, ReconciliationRow::billedQuantity),
                Tables.money("Expected", 120, ReconciliationRow::expectedAmount, ReconciliationRow::currency),
                Tables.money("Billed", 120, ReconciliationRow::billedAmount, ReconciliationRow::currency),
                Tables.money("Variance", 120, ReconciliationRow::amountVariance, ReconciliationRow::currency)));
        tabs.getTabs().setAll(tab("Subscriptions", subscriptions), tab("Invoices", invoices),
                tab("Contracts", contracts), tab("Linked systems", links), tab("Variance this month", variance));
        root.setTop(header);
        root.setCenter(tabs);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    void load(String id) {
        long clientId;
        try {
            clientId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + id + "' is not a client id: client links look like clients/42.");
        }
        name.setText("Loading…");
        context.background().run("Loading client…", () -> new ClientDirectory(context.workstation().store()).profile(clientId),
                this::display);
        Period month = Period.containing(LocalDate.now());
        context.background().run("Reconciling client…", () -> new ReconciliationService(context.workstation().store(), null)
                .reconcile(month).forClient(clientId), rows -> {
                    variance.setItems(FXCollections.observableArrayList(rows.rows()));
                    tabs.getTabs().get(4).setText("Variance " + month + " (" + rows.format(rows.totals().variance()) + ")");
                });
    }

    private void display(ClientProfile profile) {
        Client client = profile.client();
        name.setText(client.getName());
        facts.setText(String.join("  \u00b7  ", List.of(
                value(client.getEmail()), value(client.getDomain()), "Tax no. " + value(client.getTaxNumber()),
                client.getCurrency() + " " + client.getTaxTreatment())));
        subscriptions.setItems(FXCollections.observableArrayList(profile.subscriptions()));
        invoices.setItems(FXCollections.observableArrayList(profile.invoices()));
        contracts.setItems(FXCollections.observableArrayList(profile.contracts()));
        links.setItems(FXCollections.observableArrayList(profile.links()));
        tabs.getTabs().get(0).setText("Subscriptions (" + profile.subscriptions().size() + ")");
        tabs.getTabs().get(1).setText("Invoices (" + profile.invoices().size() + ")");
        tabs.getTabs().get(2).setText("Contracts (" + profile.contracts().size() + ")");
        tabs.getTabs().get(3).setText("Linked systems (" + profile.links().size() + ")");
    }

    private static String value(String text) {
        return text == null || text.isBlank() ? "\u2014" : text;
    }

    Node node() {
        return root;
    }
}
