package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.reconcile.BulkProgress;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.triage.Amounts;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.MissedBillingRow;
import dev.billingone.workstation.triage.SnoozeChoice;
import dev.billingone.workstation.triage.TriageCsv;
import dev.billingone.workstation.triage.TriageLists;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.Section;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Open missed billing (and snoozes that ran out), largest first. Select one or several rows, then apply (bill them on
 * the clients' drafts), snooze (quick picks) or dismiss (with the reason typed above the list). Keys in the list:
 * A apply, T tomorrow, W next week, M next month, D dismiss.
 */
final class MissedBillingPane implements TriagePane {
    private final TriageContext context;
    private final Consumer<String> message;
    private final ObservableList<MissedBillingRow> rows = FXCollections.observableArrayList();
    private final TableView<MissedBillingRow> table = TriageTables.table(rows, "missedTable",
            "No missed billing. Everything sold is billed.",
            Tables.text("Client", 125, MissedBillingRow::clientName),
            Tables.text("Product", 95, MissedBillingRow::sku),
            Tables.quantity("Seats", 58, MissedBillingRow::missingQuantity),
            Tables.money("Amount", 100, r -> r.missedAmount().amount(), r -> r.missedAmount().currencyCode()));
    private final TextField reason = new TextField();
    private final BorderPane root = new BorderPane(table);

    MissedBillingPane(TriageContext context, Consumer<String> message) {
        this.context = context;
        this.message = message;
        Button apply = new Button("Apply");
        apply.setId("applyMissed");
        apply.setTooltip(new Tooltip("Bill the selected items on their clients' drafts (A)"));
        apply.setOnAction(e -> apply());
        MenuButton snooze = new MenuButton("Snooze");
        snooze.setId("snoozeMissed");
        for (SnoozeChoice choice : SnoozeChoice.values()) {
            MenuItem item = new MenuItem(choice.label());
            item.setId("snooze-" + choice.name().toLowerCase());
            item.setOnAction(e -> snooze(choice));
            snooze.getItems().add(item);
        }
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissMissed");
        dismiss.setTooltip(new Tooltip("Dismiss the selected items for good, with the reason typed beside (D)"));
        dismiss.setOnAction(e -> dismiss());
        for (Node action : List.of(apply, snooze, dismiss)) {
            action.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        reason.setId("missedReason");
        reason.setPromptText("Reason (needed to dismiss)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox actions = new HBox(6, apply, snooze, dismiss);
        VBox top = new VBox(6, actions, reason);
        top.setPadding(new Insets(8));
        root.setTop(top);
        table.setOnKeyPressed(e -> {
            if (table.getSelectionModel().isEmpty()) {
                return;
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.A) {
                apply();
            } else if (code == KeyCode.T) {
                snooze(SnoozeChoice.TOMORROW);
            } else if (code == KeyCode.W) {
                snooze(SnoozeChoice.NEXT_WEEK);
            } else if (code == KeyCode.M) {
                snooze(SnoozeChoice.NEXT_MONTH);
            } else if (code == KeyCode.D) {
                dismiss();
            } else {
                return;
            }
            e.consume();
        });
    }

    @Override
    public String title() {
        return "Missed billing";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(OptionalLong clientId) {
        context.background().run("Loading missed billing",
                () -> TriageLists.missedBilling(context.workstation().store(), context.today(), clientId),
                rows::setAll);
    }

    private List<Long> selectedIds() {
        return List.copyOf(table.getSelectionModel().getSelectedItems()).stream().map(MissedBillingRow::id).toList();
    }

    private MissedBilling service() {
        return new MissedBilling(context.workstation().store(), context.clock());
    }

    private void apply() {
        List<Long> ids = selectedIds();
        context.background().run("Applying " + ids.size() + " missed billing items",
                () -> service().apply(ids, "Applied from the triage window", BulkProgress.NONE),
                result -> done("Applied " + result.applied() + (result.applied() == 1 ? " item" : " items")
                        + " to the clients' drafts: " + Amounts.sum(result.amountByCurrency()).describe() + "."));
    }

    private void snooze(SnoozeChoice choice) {
        List<Long> ids = selectedIds();
        var until = choice.until(context.today());
        String why = reason.getText().isBlank() ? "Snoozed from the triage window (" + choice.label().toLowerCase() + ")"
                : reason.getText().trim();
        context.background().run("Snoozing " + ids.size() + " items", () -> service().snooze(ids, until, why),
                count -> done("Snoozed " + count + (count == 1 ? " item" : " items") + " until " + until + "."));
    }

    private void dismiss() {
        if (reason.getText().isBlank()) {
            message.accept("Type why these items are not billable in the Reason box, then dismiss again "
                    + "(e.g. included in the bundle).");
            reason.requestFocus();
            return;
        }
        List<Long> ids = selectedIds();
        String why = reason.getText().trim();
        context.background().run("Dismissing " + ids.size() + " items", () -> service().dismiss(ids, why),
                count -> done("Dismissed " + count + (count == 1 ? " item." : " items.")));
    }

    private void done(String text) {
        reason.clear();
        message.accept(text);
        context.changed().run();
    }

    @Override
    public CsvTable csv() {
        return TriageCsv.missedBilling(rows);
    }

    @Override
    public Route route() {
        return Route.of(Section.MISSED_BILLING);
    }
}
