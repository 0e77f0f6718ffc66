package dev.billingone.workstation.ui.procurement;

import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.procurement.PurchaseOrderDetail;
import dev.billingone.workstation.procurement.PurchaseOrderService;
import dev.billingone.workstation.procurement.PurchaseOrderStatus;
import dev.billingone.workstation.procurement.PurchaseOrderSummary;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.common.ListActions;
import dev.billingone.workstation.ui.common.StatusChoice;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The Procurement section: purchase orders with status filter, and the actions of their lifecycle — order,
 * receive (into stock or to a client), cancel, and "bill this to the client" onto this month's draft.
 */
public final class ProcurementSection implements SectionView {
    private final ViewContext context;
    private final StackPane root = new StackPane();
    private final BorderPane list = new BorderPane();
    private final TableView<PurchaseOrderSummary> table = new TableView<>();
    private final StatusChoice<PurchaseOrderStatus> status = new StatusChoice<>(PurchaseOrderStatus.class, this::reload);
    private final TextField text = new TextField();
    private final Label message = new Label();
    private final PurchaseOrderEditor editor;
    private final ListActions<PurchaseOrderSummary> actions;

    public ProcurementSection(ViewContext context) {
        this.context = context;
        this.editor = new PurchaseOrderEditor(context, this::showList);
        this.actions = new ListActions<>(context.background(), context::dataChanged, table, message, this::reload);
        build();
    }

    private PurchaseOrderService orders() {
        return new PurchaseOrderService(context.workstation().store());
    }

    private void build() {
        text.setPromptText("Filter by PO number or supplier");
        text.setOnAction(e -> reload());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox top = new HBox(8, status.node(), text, message);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("purchase-orders-table");
        table.getColumns().setAll(List.of(
                Tables.text("PO", 100, PurchaseOrderSummary::poNumber),
                Tables.text("Supplier", 200, PurchaseOrderSummary::supplier),
                Tables.text("Status", 140, s -> s.status().name().toLowerCase().replace('_', ' ')),
                Tables.date("Ordered", 110, PurchaseOrderSummary::orderDate),
                Tables.text("For client", 220, PurchaseOrderSummary::clientName),
                Tables.money("Cost", 130, s -> s.totalCost().amount(), s -> s.totalCost().currencyCode()),
                Tables.quantity("Unbilled units", 110, PurchaseOrderSummary::unbilled)));
        table.setPlaceholder(new Label("No purchase orders match."));
        ListActions.openOnDoubleClick(table, row -> openEditor(row.id()));
        HBox actions = new HBox(8,
                ListActions.button("New order", () -> openEditor(null)),
                this.actions.onSelected("Edit", s -> openEditor(s.id())),
                this.actions.onSelected("Mark ordered", s -> act("Marking ordered…", () -> {
                    orders().markOrdered(s.id(), s.version());
                    return s.poNumber() + " is ordered.";
                })),
                this.actions.onSelected("Receive…", this::receive),
                this.actions.onSelected("Bill this to the client", this::bill),
                this.actions.onSelected("Cancel order…", this::cancel));
        actions.setPadding(new Insets(8, 0, 0, 0));
        list.setTop(top);
        list.setCenter(table);
        list.setBottom(actions);
    }

    private void act(String label, Callable<String> work) {
        actions.report(label, work);
    }

    private void receive(PurchaseOrderSummary s) {
        ContractService choices = new ContractService(context.workstation().store());
        context.background().run("Loading " + s.poNumber() + "…", () -> new ToReceive(orders().get(s.id()), choices.choices()),
                loaded -> {
                    try {
                        ReceiveDialog.ask(root.getScene().getWindow(), loaded.order(), loaded.choices().clients())
                                .ifPresent(receipts -> act("Receiving…", () -> {
                                    orders().receive(s.id(), s.version(), receipts);
                                    return "Received goods on " + s.poNumber() + ".";
                                }));
                    } catch (RuntimeException e) {
                        ErrorDialogs.show(root.getScene().getWindow(), e);
                    }
                });
    }

    private record ToReceive(PurchaseOrderDetail order, ContractService.Choices choices) {
    }

    private void bill(PurchaseOrderSummary s) {
        Period period = Period.of(YearMonth.now());
        act("Billing " + s.poNumber() + "…", () -> {
            int lines = orders().billToClients(s.id(), period).lines();
            return lines == 0 ? "Nothing on " + s.poNumber() + " is waiting to be billed."
                    : lines + " line(s) of " + s.poNumber() + " added to the client's " + period + " draft.";
        });
    }

    private void cancel(PurchaseOrderSummary s) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText("Cancel " + s.poNumber() + "? Give a reason (kept in its history).");
        ask.showAndWait().ifPresent(reason -> act("Cancelling…", () -> {
            orders().cancel(s.id(), s.version(), reason);
            return s.poNumber() + " cancelled.";
        }));
    }

    private void openEditor(Long id) {
        root.getChildren().setAll(editor.node());
        editor.open(id);
    }

    private void showList() {
        root.getChildren().setAll(list);
        reload();
    }

    private void reload() {
        PurchaseOrderStatus chosen = status.selected();
        String filter = text.getText();
        context.background().run("Loading purchase orders…", () -> orders().list(chosen, filter),
                rows -> table.setItems(FXCollections.observableArrayList(rows)));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        showList();
    }
}
