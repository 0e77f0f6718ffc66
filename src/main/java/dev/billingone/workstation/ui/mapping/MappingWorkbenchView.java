package dev.billingone.workstation.ui.mapping;

import dev.billingone.workstation.mapping.AcceptPreview;
import dev.billingone.workstation.mapping.Link;
import dev.billingone.workstation.mapping.MappingService;
import dev.billingone.workstation.mapping.MatchKind;
import dev.billingone.workstation.mapping.ScoredCandidate;
import dev.billingone.workstation.mapping.Suggestion;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The mapping workbench: unmapped external records on the left (with counts per system), the best candidates
 * of the selected one on the right with score and reasons. Keyboard: ↑↓ to move, Enter accept, Del reject,
 * N new client/product from the record, S skip. "Accept all ≥ X" shows what it will link before it does.
 */
public final class MappingWorkbenchView implements SectionView {
    private final MappingWorkbenchModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<Suggestion> recordList = new ListView<>();
    private final TableView<ScoredCandidate> candidateTable = new TableView<>();
    private final Button createButton = new Button();

    public MappingWorkbenchView(ViewContext context) {
        this(new MappingWorkbenchModel(new MappingService(context.workstation().store()),
                new MappingWorkbenchModel.Runner() {
                    @Override
                    public <T> void run(String label, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
                        context.background().run(label, work, onSuccess);
                    }
                }, context::dataChanged));
    }

    MappingWorkbenchView(MappingWorkbenchModel model) {
        this.model = model;
        root.setTop(toolbar());
        SplitPane split = new SplitPane(recordPane(), candidatePane());
        split.setDividerPositions(0.38);
        root.setCenter(split);
        Label status = new Label();
        status.textProperty().bind(model.status());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.kind().addListener((observable, old, now) -> {
            createButton.setText("New " + now.targetNoun() + " from record (N)");
            model.reload();
        });
        createButton.setText("New " + model.kind().get().targetNoun() + " from record (N)");
        model.includeMapped().addListener((observable, old, now) -> model.reload());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        if ("products".equals(parameters.get("kind"))) {
            model.kind().set(MatchKind.PRODUCTS);
        }
        model.reload();
    }

    private ToolBar toolbar() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton clients = new ToggleButton("Clients");
        ToggleButton products = new ToggleButton("Products");
        clients.setToggleGroup(modes);
        products.setToggleGroup(modes);
        clients.setSelected(true);
        modes.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.kind().set(now == products ? MatchKind.PRODUCTS : MatchKind.CLIENTS);
            }
        });
        Label counts = new Label();
        counts.textProperty().bind(model.counts());
        CheckBox mapped = new CheckBox("Show mapped records (to re-map)");
        mapped.selectedProperty().bindBidirectional(model.includeMapped());
        Spinner<Double> minScore = new Spinner<>(0.5, 1.0, MappingService.DEFAULT_AUTO_ACCEPT_SCORE, 0.01);
        minScore.setEditable(true);
        minScore.setPrefWidth(90);
        Button bulk = new Button("Accept all ≥ score…");
        bulk.setOnAction(event -> model.previewBulk(minScore.getValue(), preview -> confirmBulk(preview)));
        Button undo = new Button("Undo last");
        undo.setOnAction(event -> model.undo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(clients, products, counts, gap, mapped, minScore, bulk, undo);
    }

    private Node recordPane() {
        recordList.setItems(model.records());
        recordList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String best = item.candidates().isEmpty() ? "no candidate"
                        : String.format(Locale.ROOT, "best %.2f", item.candidates().get(0).score());
                setText(item.record().system().displayName() + "  ·  " + item.record().name() + "  ·  " + best
                        + (item.record().mappedTo() == null ? "" : "  ·  mapped"));
            }
        });
        recordList.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null && now != model.selected().get()) {
                model.selected().set(now);
            }
        });
        model.selected().addListener((observable, old, now) -> {
            recordList.getSelectionModel().select(now);
            if (now != null) {
                recordList.scrollTo(now);
            }
            if (!model.candidates().isEmpty()) {
                candidateTable.getSelectionModel().select(0);
            }
        });
        VBox pane = new VBox(new Label("External records"), recordList);
        VBox.setVgrow(recordList, Priority.ALWAYS);
        pane.setPadding(new Insets(6));
        return pane;
    }

    private Node candidatePane() {
        candidateTable.setItems(model.candidates());
        TableColumn<ScoredCandidate, String> score = new TableColumn<>("Score");
        score.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.2f", cell.getValue().score())));
        score.setPrefWidth(60);
        TableColumn<ScoredCandidate, String> name = new TableColumn<>("Candidate");
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<ScoredCandidate, String> reasons = new TableColumn<>("Why");
        reasons.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.join(", ", cell.getValue().reasons())));
        reasons.setPrefWidth(420);
        candidateTable.getColumns().add(score);
        candidateTable.getColumns().add(name);
        candidateTable.getColumns().add(reasons);
        candidateTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        candidateTable.setPlaceholder(new Label("No candidate: create one from the record (N), or skip (S)."));
        Label heading = new Label();
        heading.textProperty().bind(model.selected().map(s -> s.record().system().displayName() + " "
                + s.record().externalId() + ": " + s.record().name()).orElse("Select a record"));
        heading.getStyleClass().add("title-4");
        Button accept = new Button("Accept (Enter)");
        accept.setDefaultButton(false);
        accept.setOnAction(event -> acceptSelected());
        Button reject = new Button("Reject (Del)");
        reject.setOnAction(event -> model.reject(candidateTable.getSelectionModel().getSelectedItem()));
        createButton.setOnAction(event -> model.createFromSelected());
        Button skip = new Button("Skip (S)");
        skip.setOnAction(event -> model.skip());
        HBox actions = new HBox(8, accept, reject, createButton, skip);
        VBox pane = new VBox(8, heading, candidateTable, actions);
        VBox.setVgrow(candidateTable, Priority.ALWAYS);
        pane.setPadding(new Insets(6));
        return pane;
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof Spinner<?> || event.getTarget() instanceof javafx.scene.control.TextField) {
            return;
        }
        switch (event.getCode()) {
            case ENTER -> acceptSelected();
            case DELETE, BACK_SPACE -> model.reject(candidateTable.getSelectionModel().getSelectedItem());
            case N -> model.createFromSelected();
            case S -> model.skip();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void acceptSelected() {
        ScoredCandidate candidate = candidateTable.getSelectionModel().getSelectedItem();
        model.accept(candidate == null && !model.candidates().isEmpty() ? model.candidates().get(0) : candidate,
                impact -> confirm("Re-map this record?", impact));
    }

    private void confirmBulk(AcceptPreview preview) {
        if (preview.links().isEmpty()) {
            new Alert(Alert.AlertType.INFORMATION, "Nothing scores at or above " + preview.minScore()
                    + (preview.held().isEmpty() ? "." : "; " + preview.held().size() + " record(s) need a person.")).showAndWait();
            return;
        }
        String links = preview.links().stream().map(MappingWorkbenchView::line).collect(Collectors.joining("\n"));
        String held = preview.held().stream().map(h -> h.record().name() + ": " + h.reason()).collect(Collectors.joining("\n"));
        TextArea text = new TextArea("Will link:\n" + links + (held.isEmpty() ? "" : "\n\nHeld for review:\n" + held));
        text.setEditable(false);
        text.setPrefSize(720, 380);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setHeaderText("Link " + preview.links().size() + " record(s) at score ≥ " + preview.minScore() + "?");
        alert.getDialogPane().setContent(text);
        if (alert.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.applyBulk(preview.minScore());
        }
    }

    private static String line(Link link) {
        return String.format(Locale.ROOT, "%.2f  %s %s  →  %s", link.score(), link.record().system().displayName(),
                link.record().name(), link.targetName());
    }

    private static boolean confirm(String header, String details) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(header);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** For tests: the list and table the keyboard works on. */
    ListView<Suggestion> recordList() {
        return recordList;
    }

    TableView<ScoredCandidate> candidateTable() {
        return candidateTable;
    }
}
