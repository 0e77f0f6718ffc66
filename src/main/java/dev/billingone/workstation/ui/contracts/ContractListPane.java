package dev.billingone.workstation.ui.contracts;

import dev.billingone.workstation.contracts.ContractFilter;
import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.contracts.ContractSummary;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.ui.common.ListActions;
import dev.billingone.workstation.ui.common.StatusChoice;
import dev.billingone.workstation.ui.common.TableExport;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** All contracts with filters (status, client or contract name) and the lifecycle actions on the selected one. */
final class ContractListPane {
    private final ViewContext context;
    private final LongConsumer open;
    private final Runnable create;
    private final TableView<ContractSummary> table = new TableView<>();
    private final StatusChoice<ContractStatus> status = new StatusChoice<>(ContractStatus.class, this::reload);
    private final TextField text = new TextField();
    private final Label count = new Label();
    private final Label message = new Label();
    private final BorderPane root = new BorderPane();
    private final ListActions<ContractSummary> actions;

    ContractListPane(ViewContext context, LongConsumer open, Runnable create) {
        this.context = context;
        this.open = open;
        this.create = create;
        this.actions = new ListActions<>(context.background(), context::dataChanged, table, message, this::reload);
        build();
    }

    private ContractService service() {
        return new ContractService(context.workstation().store());
    }

    private void build() {
        text.setId("contract-filter");
        text.setPromptText("Filter by client or contract name");
        text.setOnAction(e -> reload());
        HBox.setHgrow(text, Priority.ALWAYS);

        Button add = withId(ListActions.button("New contract", create), "contract-new");
        Button edit = withId(actions.onSelected("Edit", s -> open.accept(s.id())), "contract-edit");
        Button duplicate = withId(actions.onSelected("Duplicate", s ->
                actions.run("Duplicating…", () -> service().duplicate(s.id()), open::accept)), "contract-duplicate");
        Button activate = withId(actions.onSelected("Activate", s -> actions.report("Activating…", () -> {
            service().activate(s.id(), s.version());
            return s.name() + " is active.";
        })), "contract-activate");
        Button end = withId(actions.onSelected("End…", s -> stop(s, false)), "contract-end");
        Button cancel = withId(actions.onSelected("Cancel…", s -> stop(s, true)), "contract-cancel");
        Button history = withId(actions.onSelected("History", this::showHistory), "contract-history");
        HBox top = new HBox(8, status.node(), text, count, message);
        HBox actions = new HBox(8, add, edit, duplicate, activate, end, cancel, history,
                TableExport.button(table, "contracts.csv", context.background()));
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
        ListActions.openOnDoubleClick(table, row -> open.accept(row.id()));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(actions);
    }

    private static Button withId(Button button, String id) {
        button.setId(id);
        return button;
    }

    private void stop(ContractSummary s, boolean cancel) {
        LocalDate suggested = s.endDate() != null && s.endDate().isBefore(LocalDate.now()) ? s.endDate() : LocalDate.now();
        StopDialog.ask(root.getScene().getWindow(), (cancel ? "Cancel " : "End ") + s.name(), suggested)
                .ifPresent(answer -> actions.report(cancel ? "Cancelling…" : "Ending…", () -> {
                    if (cancel) {
                        service().cancel(s.id(), s.version(), answer.effective(), answer.reason());
                    } else {
                        service().end(s.id(), s.version(), answer.effective(), answer.reason());
                    }
                    return s.name() + (cancel ? " is cancelled." : " has ended.");
                }));
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
        ContractStatus chosen = status.selected();
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
