package dev.billingone.workstation.ui.imports;

import dev.billingone.workstation.imports.ImportError;
import dev.billingone.workstation.imports.ImportPreview;
import dev.billingone.workstation.imports.ImportRequest;
import dev.billingone.workstation.imports.ImportService;
import dev.billingone.workstation.imports.Presets;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Generic column mapping: one choice of the file's headers per field, a preview of the first rows read through
 * the choices (with the cells that would be refused), and "save as preset" so the next file from the same source
 * needs no mapping. What the CLI does with {@code --map field=Header --save-preset NAME}.
 */
final class ColumnMappingPane {
    static final String NOT_IMPORTED = "(not imported)";
    private static final int PREVIEW_ROWS = 20;
    private static final int FIELDS_PER_ROW = 3;
    private final ViewContext context;
    private final Consumer<String> onSaved;
    private final GridPane choices = new GridPane();
    private final Map<String, ComboBox<String>> byField = new LinkedHashMap<>();
    private final TableView<ImportPreview.Row> preview = new TableView<>();
    private final Label problems = new Label();
    private final TextField presetName = new TextField();
    private final VBox root;
    private ImportRequest base;
    private boolean filling;
    private long generation;

    ColumnMappingPane(ViewContext context, Consumer<String> onSaved) {
        this.context = context;
        this.onSaved = onSaved;
        choices.setHgap(8);
        choices.setVgap(6);
        preview.setId("import-preview");
        preview.setPrefHeight(170);
        preview.setFixedCellSize(24);
        preview.setPlaceholder(new Label("The first rows of the file appear here as they would be imported."));
        problems.setId("import-mapping-problems");
        problems.setWrapText(true);
        presetName.setId("import-preset-name");
        presetName.setPromptText("Preset name, e.g. supplier-price-list");
        presetName.setPrefColumnCount(24);
        Button save = new Button("Save as preset");
        save.setId("import-save-preset");
        save.disableProperty().bind(presetName.textProperty().isEmpty());
        save.setOnAction(e -> save());
        root = new VBox(8, new Label("Map each field to a column of the file:"), choices, preview, problems,
                new HBox(8, presetName, save));
        root.setId("import-mapping");
        show(false);
    }

    Node node() {
        return root;
    }

    boolean shown() {
        return root.isVisible();
    }

    void show(boolean value) {
        root.setVisible(value);
        root.setManaged(value);
    }

    /** Reads the file's header and first rows with the request's preset (or the detected one) as the starting mapping. */
    void load(ImportRequest request) {
        base = request.withMapping(Map.of());
        show(true);
        refresh(base);
    }

    /** Field → header as chosen; fields left "(not imported)" are absent. */
    Map<String, String> mapping() {
        Map<String, String> mapping = new LinkedHashMap<>();
        byField.forEach((field, choice) -> {
            if (choice.getValue() != null && !NOT_IMPORTED.equals(choice.getValue())) {
                mapping.put(field, choice.getValue());
            }
        });
        return mapping;
    }

    /** Reads again; a preview that arrives after a newer choice was made is dropped. */
    private void refresh(ImportRequest request) {
        long asked = ++generation;
        context.background().run("Reading the file's columns…",
                () -> new ImportService(context.workstation().store()).preview(request, PREVIEW_ROWS), loaded -> {
                    if (asked == generation) {
                        display(loaded);
                    }
                });
    }

    private void display(ImportPreview loaded) {
        filling = true;
        if (byField.isEmpty() || !sameHeader(loaded.header())) {
            buildChoices(loaded);
        }
        byField.forEach((field, choice) -> choice.setValue(loaded.mapping().getOrDefault(field, NOT_IMPORTED)));
        filling = false;
        List<TableColumn<ImportPreview.Row, ?>> columns = new ArrayList<>();
        columns.add(Tables.number("Row", 50, r -> (long) r.row()));
        loaded.fields().stream().filter(f -> loaded.mapping().containsKey(f.name()))
                .forEach(f -> columns.add(Tables.text(f.title(), 120, r -> r.values().get(f.name()))));
        columns.add(Tables.text("Problems", 360, r -> r.errors().stream().map(ImportError::describe).collect(Collectors.joining("; "))));
        preview.getColumns().setAll(columns);
        preview.getItems().setAll(loaded.rows());
        long badRows = loaded.rows().stream().filter(r -> !r.errors().isEmpty()).count();
        problems.setText(Stream.concat(loaded.problems().stream().map(ImportError::message),
                        Stream.of(badRows == 0 ? "The first " + loaded.rows().size() + " rows read cleanly."
                                : badRows + " of the first " + loaded.rows().size() + " rows have problems (see the last column)."))
                .collect(Collectors.joining(" ")));
    }

    private boolean sameHeader(List<String> header) {
        ComboBox<String> any = byField.values().iterator().next();
        return any.getItems().subList(1, any.getItems().size()).equals(header);
    }

    private void buildChoices(ImportPreview loaded) {
        choices.getChildren().clear();
        byField.clear();
        int index = 0;
        for (ImportPreview.Field field : loaded.fields()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.setId("map-" + field.name());
            choice.getItems().add(NOT_IMPORTED);
            choice.getItems().addAll(loaded.header());
            choice.valueProperty().addListener((obs, old, value) -> {
                if (!filling) {
                    refresh(base.withMapping(mapping()));
                }
            });
            byField.put(field.name(), choice);
            choices.add(new Label(field.title() + (field.required() ? " *" : "")), index % FIELDS_PER_ROW * 2, index / FIELDS_PER_ROW);
            choices.add(choice, index % FIELDS_PER_ROW * 2 + 1, index / FIELDS_PER_ROW);
            index++;
        }
    }

    private void save() {
        String name = presetName.getText().strip();
        Map<String, String> mapping = mapping();
        context.background().run("Saving the preset…", () -> {
            Presets presets = new ImportService(context.workstation().store()).presets();
            presets.save(presets.custom(base.kind(), name, mapping, null));
            return name;
        }, onSaved);
    }
}
