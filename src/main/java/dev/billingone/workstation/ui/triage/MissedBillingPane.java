package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.MissedBillingRow;
import dev.billingone.workstation.triage.TriageCsv;
import dev.billingone.workstation.triage.TriageLists;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.Section;
import java.util.OptionalLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Open missed billing (and snoozes that ran out), largest first; several rows can be selected. */
final class MissedBillingPane implements TriagePane {
    private final TriageContext context;
    private final ObservableList<MissedBillingRow> rows = FXCollections.observableArrayList();
    private final TableView<MissedBillingRow> table = TriageTables.table(rows, "missedTable",
            "No missed billing. Everything sold is billed.",
            Tables.text("Client", 125, MissedBillingRow::clientName),
            Tables.text("Product", 95, MissedBillingRow::sku),
            Tables.quantity("Seats", 58, MissedBillingRow::missingQuantity),
            Tables.money("Amount", 100, r -> r.missedAmount().amount(), r -> r.missedAmount().currencyCode()));
    private final BorderPane root = new BorderPane(table);

    MissedBillingPane(TriageContext context) {
        this.context = context;
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
