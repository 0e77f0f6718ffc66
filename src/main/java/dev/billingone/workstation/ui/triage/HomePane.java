package dev.billingone.workstation.ui.triage;

import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.triage.AttentionCounts;
import dev.billingone.workstation.triage.CsvTable;
import dev.billingone.workstation.triage.NeedsAttention;
import dev.billingone.workstation.ui.shell.Section;
import java.util.List;
import java.util.OptionalLong;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Needs attention: four lines a glance can read, each a button to the list behind it. */
final class HomePane implements TriagePane {
    private final TriageContext context;
    private final VBox root = new VBox(8);
    private final Button missed = tile("missedTile");
    private final Button drafts = tile("draftsTile");
    private final Button syncErrors = tile("syncErrorsTile");
    private final Button renewals = tile("renewalsTile");
    private final Label allClear = new Label("Nothing needs you right now.");
    private AttentionCounts counts;

    HomePane(TriageContext context, Runnable showMissed, Runnable showDrafts) {
        this.context = context;
        missed.setOnAction(e -> showMissed.run());
        drafts.setOnAction(e -> showDrafts.run());
        syncErrors.setOnAction(e -> context.router().accept(Route.of(Section.SYNC)));
        renewals.setOnAction(e -> context.router().accept(Route.of(Section.CONTRACTS)));
        allClear.setVisible(false);
        allClear.managedProperty().bind(allClear.visibleProperty());
        root.setPadding(new Insets(12));
        root.getChildren().addAll(new Label("Needs attention"), missed, drafts, syncErrors, renewals, allClear);
    }

    private static Button tile(String id) {
        Button button = new Button("Counting…");
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setStyle("-fx-alignment: CENTER-LEFT; -fx-font-size: 1.15em; -fx-padding: 10;");
        return button;
    }

    @Override
    public String title() {
        return "Home";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(OptionalLong clientId) {
        context.background().run("Counting what needs attention", () -> NeedsAttention.count(context.workstation().store(),
                context.today()), this::show);
    }

    private void show(AttentionCounts loaded) {
        counts = loaded;
        missed.setText(countAndAmount("Missed billing", loaded.missedBilling(), loaded.missedAmount().describe()));
        drafts.setText(countAndAmount("Drafts awaiting approval", loaded.draftsAwaitingApproval(), loaded.draftsTotal().describe()));
        syncErrors.setText("Sync errors: " + loaded.syncErrors());
        renewals.setText("Renewals due in " + NeedsAttention.RENEWAL_WINDOW_DAYS + " days: " + loaded.renewalsDue());
        allClear.setVisible(loaded.nothingToDo());
    }

    /** "none" rather than "0 · 0": an empty total has no currency to show. */
    private static String countAndAmount(String what, long count, String amount) {
        return what + ": " + (count == 0 ? "none" : count + " · " + amount);
    }

    @Override
    public CsvTable csv() {
        if (counts == null) {
            return new CsvTable(List.of("Item", "Count", "Amount"), List.of());
        }
        return new CsvTable(List.of("Item", "Count", "Amount"), List.of(
                List.of("Missed billing", Long.toString(counts.missedBilling()), counts.missedAmount().describe()),
                List.of("Drafts awaiting approval", Long.toString(counts.draftsAwaitingApproval()), counts.draftsTotal().describe()),
                List.of("Sync errors", Long.toString(counts.syncErrors()), ""),
                List.of("Renewals due", Long.toString(counts.renewalsDue()), "")));
    }

    @Override
    public Route route() {
        return Route.of(Section.DASHBOARD);
    }
}
