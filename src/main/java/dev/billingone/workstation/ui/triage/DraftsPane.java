package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.DraftRow;
import dev.billingone.workstation.triage.TriageCsv;
import dev.billingone.workstation.triage.TriageLists;
import dev.billingone.workstation.ui.shell.Section;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Draft invoices awaiting approval, with their totals. */
final class DraftsPane implements TriagePane {
    private final TriageContext context;
    private final ObservableList<DraftRow> rows = FXCollections.observableArrayList();
    private final TableView<DraftRow> table = new TableView<>(rows);
    private final BorderPane root = new BorderPane(table);

    DraftsPane(TriageContext context) {
        this.context = context;
        table.setId("draftsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No drafts await approval."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Cells.text("Client", 150, DraftRow::clientName),
                Cells.text("Period", 70, DraftRow::period),
                Cells.number("Lines", 45, r -> Integer.toString(r.lines())),
                Cells.number("Total", 100, r -> r.total().toString())));
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
