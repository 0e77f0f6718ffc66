package dev.billingone.workstation.ui.imports;

import dev.billingone.workstation.imports.CsvOptions;
import dev.billingone.workstation.imports.ImportKind;
import dev.billingone.workstation.imports.ImportProgress;
import dev.billingone.workstation.imports.ImportRequest;
import dev.billingone.workstation.imports.ImportResult;
import dev.billingone.workstation.imports.ImportService;
import dev.billingone.workstation.imports.Preset;
import dev.billingone.workstation.imports.RowOutcome;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The import wizard: choose the kind and the file (and, if detection guesses wrong, the preset, delimiter,
 * encoding, decimal comma and date format), review the dry run row by row, then apply — all of it or, if the
 * user says so, only the valid rows. Runs the same {@link ImportService} as {@code billingone import}.
 */
public final class ImportWizard {
    private static final String DETECT = "Detect automatically";
    private final ViewContext context;
    private final Runnable onApplied;
    private final ComboBox<ImportKind> kind = new ComboBox<>(FXCollections.observableArrayList(ImportKind.values()));
    private final TextField file = new TextField();
    private final ComboBox<String> preset = new ComboBox<>();
    private final ComboBox<String> delimiter = new ComboBox<>(FXCollections.observableArrayList(DETECT, "Comma", "Semicolon", "Tab"));
    private final ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList(DETECT, "UTF-8", "windows-1252", "UTF-16"));
    private final ComboBox<String> dates = new ComboBox<>(FXCollections.observableArrayList("Unambiguous only", "dd/MM/yyyy", "MM/dd/yyyy"));
    private final CheckBox decimalComma = new CheckBox("Decimal comma (1.234,50)");
    private final CheckBox validOnly = new CheckBox("Import valid rows only (skip rows with errors)");
    private final Button dryRun = new Button("Dry run");
    private final Button apply = new Button("Apply");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label summary = new Label("Choose a file, then run a dry run to review the changes.");
    private final TableView<RowOutcome> rows = new TableView<>();
    private final Button mapColumns = new Button("Map columns…");
    private final ColumnMappingPane mapping;
    private final BorderPane root = new BorderPane();
    private ImportResult reviewed;
    private ImportTask running;

    public ImportWizard(ViewContext context, ImportKind initialKind, Runnable onApplied) {
        this.context = context;
        this.onApplied = onApplied;
        this.mapping = new ColumnMappingPane(context, this::loadPresets);
        build(initialKind);
    }

    private void build(ImportKind initialKind) {
        kind.setId("import-kind");
        kind.setValue(initialKind);
        kind.valueProperty().addListener((obs, old, value) -> {
            mapping.show(false);
            loadPresets(null);
        });
        file.setId("import-file");
        file.setPromptText("CSV file");
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        preset.setId("import-preset");
        preset.valueProperty().addListener((obs, old, value) -> {
            if (value != null && mapping.shown()) {
                mapping.load(baseRequest(true));
            }
        });
        delimiter.setValue(DETECT);
        encoding.setValue(DETECT);
        dates.setValue("Unambiguous only");
        loadPresets(null);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Import"), kind);
        form.addRow(1, new Label("File"), new HBox(6, file, browse));
        mapColumns.setId("import-map");
        mapColumns.setDisable(true);
        mapColumns.setOnAction(e -> mapping.load(baseRequest(true)));
        form.addRow(2, new Label("Preset"), new HBox(6, preset, mapColumns));
        form.addRow(3, new Label("Delimiter"), delimiter, new Label("Encoding"), encoding);
        form.addRow(4, new Label("Dates"), dates, decimalComma);
        GridPane.setHgrow(file.getParent(), Priority.ALWAYS);

        dryRun.setId("import-dry-run");
        dryRun.setDefaultButton(true);
        dryRun.setDisable(true);
        file.textProperty().addListener((obs, old, text) -> {
            dryRun.setDisable(text.isBlank());
            mapColumns.setDisable(text.isBlank());
        });
        dryRun.setOnAction(e -> run(true));
        apply.setId("import-apply");
        apply.setDisable(true);
        apply.setOnAction(e -> run(false));
        cancel.setId("import-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel(false);
            }
        });
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.setId("import-progress-text");
        validOnly.setId("import-valid-only");
        validOnly.selectedProperty().addListener((obs, old, value) -> updateApply());
        summary.setId("import-summary");
        summary.setWrapText(true);

        rows.setId("import-rows");
        rows.setFixedCellSize(26);
        rows.setPlaceholder(new Label("The dry run lists every row it would create or update, and every error."));
        rows.getColumns().setAll(List.of(
                Tables.number("Row", 60, r -> (long) r.row()),
                Tables.text("Result", 90, r -> r.action().name().toLowerCase(Locale.ROOT)),
                Tables.text("Key", 180, RowOutcome::key),
                Tables.text("Changes (before → after) or errors", 700, RowOutcome::summary)));

        VBox top = new VBox(10, form, mapping.node(), new HBox(10, dryRun, validOnly, apply, progress, cancel, progressText), summary);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setPadding(new Insets(12));
        root.setTop(top);
        root.setCenter(rows);
    }

    /** Fills the preset choice for the kind; {@code select} (a just-saved preset) becomes the choice, else detection. */
    private void loadPresets(String select) {
        ImportKind selected = kind.getValue();
        context.background().run("Loading presets…",
                () -> new ImportService(context.workstation().store()).presets().forKind(selected),
                presets -> {
                    preset.getItems().setAll(DETECT);
                    presets.stream().map(Preset::id).forEach(preset.getItems()::add);
                    preset.setValue(select == null ? DETECT : select);
                });
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a CSV file to import");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getAbsolutePath());
        }
    }

    /** The request as chosen, with the hand-made column mapping while the mapping pane is open. */
    private ImportRequest request(boolean isDryRun) {
        ImportRequest request = baseRequest(isDryRun);
        return mapping.shown() ? request.withPreset(null).withMapping(mapping.mapping()) : request;
    }

    private ImportRequest baseRequest(boolean isDryRun) {
        Character separator = switch (delimiter.getValue()) {
            case "Comma" -> ',';
            case "Semicolon" -> ';';
            case "Tab" -> '\t';
            default -> null;
        };
        Charset charset = DETECT.equals(encoding.getValue()) ? null : Charset.forName(encoding.getValue());
        CsvOptions.DateOrder order = dates.getValue().startsWith("Unambiguous") ? null : CsvOptions.DateOrder.fromPattern(dates.getValue());
        String presetId = preset.getValue() == null || DETECT.equals(preset.getValue()) ? null : preset.getValue();
        return new ImportRequest(kind.getValue(), Path.of(file.getText().trim()), new CsvOptions(charset, separator, decimalComma.isSelected(), order),
                presetId, Map.of(), null, isDryRun, !isDryRun && validOnly.isSelected());
    }

    private void run(boolean isDryRun) {
        ImportRequest request = request(isDryRun);
        dryRun.setDisable(true);
        apply.setDisable(true);
        summary.setText(isDryRun ? "Reading " + request.file().getFileName() + "…" : "Importing…");
        running = new ImportTask(new ImportService(context.workstation().store()), request);
        progress.progressProperty().bind(running.progressProperty());
        progressText.textProperty().bind(running.messageProperty());
        progress.setVisible(true);
        cancel.setDisable(false);
        running.setOnCancelled(e -> {
            finished();
            summary.setText(isDryRun ? "Dry run cancelled." : "Import cancelled: nothing was written.");
            updateApply();
        });
        running.setOnFailed(e -> {
            finished();
            summary.setText("");
        });
        context.background().submit(isDryRun ? "Import dry run…" : "Importing…", running, result -> {
            finished();
            show(result, isDryRun);
        });
    }

    private void finished() {
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        progress.setVisible(false);
        progressText.setText("");
        cancel.setDisable(true);
        running = null;
        dryRun.setDisable(file.getText().isBlank());
    }

    private void show(ImportResult result, boolean isDryRun) {
        dryRun.setDisable(file.getText().isBlank());
        rows.getItems().setAll(result.rows());
        String detected = "Preset: " + result.preset().title() + ". ";
        summary.setText(detected + result.summary() + (result.hasErrors() && !result.applied()
                ? " Fix the errors and run again, or tick \"valid rows only\"." : ""));
        reviewed = isDryRun ? result : null;
        if (!isDryRun && result.applied()) {
            context.dataChanged();
            onApplied.run();
        }
        updateApply();
    }

    private void updateApply() {
        boolean ready = reviewed != null && (!reviewed.hasErrors() || validOnly.isSelected())
                && reviewed.created() + reviewed.updated() > 0;
        apply.setDisable(!ready);
    }

    public Node node() {
        return root;
    }
}
