package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.DraftRow;
import dev.billingone.workstation.triage.TriageCsv;
import dev.billingone.workstation.triage.TriageLists;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.Section;
import java.util.Map;
import java.util.OptionalLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Draft invoices awaiting approval, with their totals. */
final class DraftsPane implements TriagePane {
    private final TriageContext context;
    private final ObservableList<DraftRow> rows = FXCollections.observableArrayList();
    private final TableView<DraftRow> table = TriageTables.table(rows, "draftsTable", "No drafts await approval.",
            Tables.text("Client", 150, DraftRow::clientName),
            Tables.text("Period", 70, DraftRow::period),
            Tables.number("Lines", 45, r -> (long) r.lines()),
            Tables.money("Total", 110, r -> r.total().amount(), r -> r.total().currencyCode()));
    private final BorderPane root = new BorderPane(table);

    DraftsPane(TriageContext context) {
        this.context = context;
    }

    @Override
    public String title() {
        return "Drafts";
    }

    @Override
    public Node node() {
        return root;
    }

    TableView<DraftRow> table() {
        return table;
    }

    @Override
    public void reload(OptionalLong clientId) {
        context.background().run("Loading drafts", () -> TriageLists.drafts(context.workstation().store(), clientId),
                rows::setAll);
    }

    @Override
    public CsvTable csv() {
        return TriageCsv.drafts(rows);
    }

    @Override
    public Route route() {
        return Route.of(Section.GENERATED_INVOICES, Map.of("status", "draft"));
    }
}
