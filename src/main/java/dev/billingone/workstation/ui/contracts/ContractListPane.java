package dev.billingone.workstation.ui.contracts;

import dev.billingone.workstation.contracts.ContractFilter;
import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.contracts.ContractSummary;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** All contracts with filters (status, client or contract name) and the lifecycle actions on the selected one. */
final class ContractListPane {
    private static final String ANY_STATUS = "Any status";

    private final ViewContext context;
    private final LongConsumer open;
    private final Runnable create;
    private final TableView<ContractSummary> table = new TableView<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();

    ContractListPane(ViewContext context, LongConsumer open, Runnable create) {
        this.context = context;
        this.open = open;
        this.create = create;
        build();
    }

    private ContractService service() {
        return new ContractService(context.workstation().store());
    }

    private void build() {
        status.getItems().add(ANY_STATUS);
        for (ContractStatus s : ContractStatus.values()) {
            status.getItems().add(s.name());
        }
        status.setValue(ANY_STATUS);
        status.setOnAction(e -> reload());
        text.setId("contract-filter");
        text.setPromptText("Filter by client or contract name");
        text.setOnAction(e -> reload());
        HBox.setHgrow(text, Priority.ALWAYS);

        Button add = button("New contract", "contract-new", () -> create.run());
        Button edit = button("Edit", "contract-edit", () -> selected(s -> open.accept(s.id())));
        Button duplicate = button("Duplicate", "contract-duplicate", () -> selected(s ->
                run("Duplicating…", () -> service().duplicate(s.id()), open::accept)));
        Button activate = button("Activate", "contract-activate", () -> selected(s ->
                run("Activating…", () -> {
                    service().activate(s.id(), s.version());
                    return s.id();
                }, id -> reload())));
        Button end = button("End…", "contract-end", () -> selected(s -> stop(s, false)));
        Button cancel = button("Cancel…", "contract-cancel", () -> selected(s -> stop(s, true)));
        Button history = button("History", "contract-history", () -> selected(this::showHistory));
        HBox top = new HBox(8, status, text, count);
        HBox actions = new HBox(8, add, edit, duplicate, activate, end, cancel, history);
        top.setPadding(new Insets(0, 0, 8, 0));
        actions.setPadding(new Insets(8, 0, 0, 0));

        table.setId("contracts-table");
        table.getColumns().setAll(List.of(
                Tables.text("Client", 220, ContractSummary::clientName),
                Tables.text("Contract", 240, ContractSummary::name),
                Tables.text("Status", 90, s -> s.status().name().toLowerCase()),
                Tables.date("Start", 110, ContractSummary::startDate),
                Tables.date("End", 110, ContractSummary::endDate),
                Tables.number("Term", 60, s -> s.termMonths() == null ? null : (long) s.termMonths()),
                Tables.money("Per month", 130, s -> s.monthlyValue().amount(), s -> s.monthlyValue().currencyCode()),
                Tables.date("Next renewal", 120, ContractSummary::nextRenewal),
                Tables.text("Auto-renew", 90, s -> s.autoRenew() ? "yes" : "")));
        table.setPlaceholder(new Label("No contracts match. Create one with 'New contract'."));
        table.setRowFactory(t -> {
            TableRow<ContractSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(actions);
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void selected(java.util.function.Consumer<ContractSummary> action) {
        ContractSummary s = table.getSelectionModel().getSelectedItem();
        if (s != null) {
            action.accept(s);
        }
    }

    private <T> void run(String label, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        context.background().run(label, work, result -> {
            context.dataChanged();
            then.accept(result);
        });
    }

    private void stop(ContractSummary s, boolean cancel) {
        LocalDate suggested = s.endDate() != null && s.endDate().isBefore(LocalDate.now()) ? s.endDate() : LocalDate.now();
        StopDialog.ask(root.getScene().getWindow(), (cancel ? "Cancel " : "End ") + s.name(), suggested)
                .ifPresent(answer -> run(cancel ? "Cancelling…" : "Ending…", () -> {
                    if (cancel) {
                        service().cancel(s.id(), s.version(), answer.effective(), answer.reason());
                    } else {
                        service().end(s.id(), s.version(), answer.effective(), answer.reason());
                    }
                    return s.id();
                }, id -> reload()));
    }

    private void showHistory(ContractSummary s) {
        context.background().run("Loading history…", () -> service().history(s.id()), events -> {
            StringBuilder text = new StringBuilder();
            for (AuditEvent e : events) {
                text.append(e.getOccurredAt()).append("  ").append(e.getActor()).append("  ").append(e.getAction())
                        .append(e.getReason() == null ? "" : " — " + e.getReason()).append('\n')
                        .append("    before: ").append(e.getBeforeJson() == null ? "—" : e.getBeforeJson()).append('\n')
                        .append("    after:  ").append(e.getAfterJson() == null ? "—" : e.getAfterJson()).append("\n\n");
            }
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(root.getScene().getWindow());
            alert.setHeaderText("History of " + s.name());
            TextArea area = new TextArea(text.toString());
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefSize(800, 420);
            alert.getDialogPane().setContent(area);
            alert.show();
        });
    }

    void reload() {
        ContractStatus chosen = ANY_STATUS.equals(status.getValue()) ? null : ContractStatus.valueOf(status.getValue());
        ContractFilter filter = new ContractFilter(chosen, null, text.getText(), null);
        context.background().run("Loading contracts…", () -> service().list(filter, LocalDate.now()), rows -> {
            table.setItems(FXCollections.observableArrayList(rows));
            count.setText(rows.size() + " contracts");
        });
    }

    Node node() {
        return root;
    }
}
