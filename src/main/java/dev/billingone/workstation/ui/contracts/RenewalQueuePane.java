package dev.billingone.workstation.ui.contracts;

import dev.billingone.workstation.contracts.RenewalCandidate;
import dev.billingone.workstation.contracts.RenewalNoticeCsv;
import dev.billingone.workstation.contracts.RenewalOutcome;
import dev.billingone.workstation.contracts.Renewals;
import dev.billingone.workstation.contracts.Uplift;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.common.FormFields;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * Contracts renewing in the next 30/60/90 days (overdue first, auto-renew marked); renew the selection with a
 * % uplift or at catalog prices for a new term, or export the renewal notice list as CSV.
 */
final class RenewalQueuePane {
    private final ViewContext context;
    private final TableView<RenewalCandidate> table = new TableView<>();
    private final ComboBox<Integer> days = new ComboBox<>(FXCollections.observableArrayList(30, 60, 90));
    private final RadioButton byPercent = new RadioButton("Raise prices by %");
    private final RadioButton toCatalog = new RadioButton("Set to catalog price");
    private final TextField percent = new TextField();
    private final TextField term = new TextField("12");
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    RenewalQueuePane(ViewContext context) {
        this.context = context;
        build();
    }

    private Renewals renewals() {
        return new Renewals(context.workstation().store());
    }

    private void build() {
        days.setId("renewal-days");
        days.setValue(30);
        days.setOnAction(e -> reload());
        Button export = new Button("Export renewal notice (CSV)…");
        export.setId("renewal-export");
        export.setOnAction(e -> export());
        HBox top = new HBox(8, new Label("Renewing within"), days, new Label("days"), export, status);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("renewals-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().setAll(List.of(
                Tables.text("Client", 220, RenewalCandidate::clientName),
                Tables.text("Contract", 240, RenewalCandidate::contractName),
                Tables.date("Ends", 110, RenewalCandidate::endDate),
                Tables.number("Days left", 80, RenewalCandidate::daysLeft),
                Tables.text("Auto-renew", 90, c -> c.autoRenew() ? "auto-renew" : ""),
                Tables.money("Per month", 130, c -> c.monthlyValue().amount(), c -> c.monthlyValue().currencyCode()),
                Tables.text("Uplift %", 80, c -> FormFields.plain(c.renewalUpliftPct()))));
        table.setPlaceholder(new Label("Nothing renews in this window."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null && c.renewalUpliftPct() != null && percent.getText().isBlank()) {
                percent.setText(FormFields.plain(c.renewalUpliftPct()));
            }
        });

        ToggleGroup mode = new ToggleGroup();
        byPercent.setToggleGroup(mode);
        toCatalog.setToggleGroup(mode);
        byPercent.setSelected(true);
        percent.setId("renewal-percent");
        percent.setPromptText("e.g. 3.5");
        percent.setPrefWidth(70);
        percent.disableProperty().bind(toCatalog.selectedProperty());
        toCatalog.setId("renewal-to-catalog");
        term.setId("renewal-term");
        term.setPrefWidth(50);
        Button renew = new Button("Renew selected");
        renew.setId("renewal-renew");
        renew.getStyleClass().add("accent");
        renew.setOnAction(e -> renewSelected());
        HBox actions = new HBox(8, byPercent, percent, toCatalog, new Label("New term (months)"), term, renew);
        actions.setPadding(new Insets(8, 0, 0, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(actions);
    }

    private void renewSelected() {
        List<RenewalCandidate> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        Uplift uplift;
        int months;
        try {
            BigDecimal pct = FormFields.decimal(percent, "Uplift %");
            uplift = toCatalog.isSelected() ? new Uplift.ToCatalogPrice() : new Uplift.Percent(pct == null ? BigDecimal.ZERO : pct);
            Integer typed = FormFields.whole(term, "New term");
            months = typed == null ? 0 : typed;
        } catch (RuntimeException e) {
            ErrorDialogs.show(root.getScene().getWindow(), e);
            return;
        }
        List<Renewals.Target> targets = chosen.stream().map(c -> new Renewals.Target(c.contractId(), c.version())).toList();
        context.background().run("Renewing " + targets.size() + " contract(s)…", () -> renewals().renew(targets, uplift, months),
                outcomes -> {
                    context.dataChanged();
                    status.setText(describe(outcomes));
                    reload();
                });
    }

    private static String describe(List<RenewalOutcome> outcomes) {
        return "Renewed " + outcomes.size() + (outcomes.size() == 1 ? " contract" : " contracts")
                + (outcomes.size() == 1 ? ": now ends " + outcomes.get(0).newEnd() + ", " + outcomes.get(0).newMonthlyValue()
                + " a month" : ".");
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save renewal notice");
        chooser.setInitialFileName("renewals-" + LocalDate.now() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        int horizon = days.getValue();
        context.background().run("Exporting renewal notice…", () -> {
            List<RenewalCandidate> queue = renewals().queue(LocalDate.now(), horizon);
            RenewalNoticeCsv.write(file.toPath(), queue);
            return queue.size();
        }, rows -> status.setText(rows + " contracts written to " + file.getName()));
    }

    void reload() {
        int horizon = days.getValue();
        context.background().run("Loading renewals…", () -> renewals().queue(LocalDate.now(), horizon),
                rows -> table.setItems(FXCollections.observableArrayList(rows)));
    }

    Node node() {
        return root;
    }
}
