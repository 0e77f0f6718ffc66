package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.MissedBillingRow;
import dev.billingone.workstation.triage.TriageCsv;
import dev.billingone.workstation.triage.TriageLists;
import dev.billingone.workstation.ui.shell.Section;
import java.util.OptionalLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Open missed billing (and snoozes that ran out), largest first; several rows can be selected. */
final class MissedBillingPane implements TriagePane {
    private final TriageContext context;
    private final ObservableList<MissedBillingRow> rows = FXCollections.observableArrayList();
    private final TableView<MissedBillingRow> table = new TableView<>(rows);
    private final BorderPane root = new BorderPane(table);

    MissedBillingPane(TriageContext context) {
        this.context = context;
        table.setId("missedTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No missed billing. Everything sold is billed."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                Cells.text("Client", 125, MissedBillingRow::clientName),
                Cells.text("Product", 95, MissedBillingRow::sku),
                Cells.number("Seats", 58, r -> r.missingQuantity().stripTrailingZeros().toPlainString()),
                Cells.number("Amount", 90, r -> r.missedAmount().toString())));
    }

    @Override
    public String title() {
        return "Missed billing";
    }

    @Override
    public Node node() {
        return root;
    }

    TableView<MissedBillingRow> table() {
        return table;
    }

    @Override
    public void reload(OptionalLong clientId) {
        context.background().run("Loading missed billing",
                () -> TriageLists.missedBilling(context.workstation().store(), context.today(), clientId),
                rows::setAll);
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
