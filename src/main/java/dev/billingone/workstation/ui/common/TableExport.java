package dev.billingone.workstation.ui.common;

import dev.billingone.workstation.imports.CsvExport;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;

/**
 * "Export CSV…" for any list: exactly what the table shows (filter, sort order, visible columns), written by
 * {@link CsvExport} so that where an importer exists for the rows the file imports back with no changes.
 */
public final class TableExport {
    private TableExport() {
    }

    /** The button for one table; {@code fileName} is the name the save dialog suggests. */
    public static Button button(TableView<?> table, String fileName, Background background) {
        return button(() -> table, fileName, background);
    }

    /** For a screen whose shown table changes (tabs): the table is asked for when the button is pressed. */
    public static Button button(Supplier<TableView<?>> table, String fileName, Background background) {
        Button button = new Button("Export CSV…");
        button.getStyleClass().add("export-csv");
        button.setOnAction(e -> {
            TableView<?> shown = table.get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export CSV");
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File target = chooser.showSaveDialog(shown.getScene() == null ? null : shown.getScene().getWindow());
            if (target != null) {
                export(shown, target.toPath(), background);
            }
        });
        return button;
    }

    /** Snapshots rows and columns on the FX thread, then writes the file in the background. */
    public static <R> void export(TableView<R> table, Path file, Background background) {
        List<R> rows = List.copyOf(table.getItems());
        List<CsvExport.Column<R>> columns = columns(table);
        background.run("Exporting " + file.getFileName() + "…", () -> CsvExport.write(file, columns, rows), written -> { });
    }

    static <R> List<CsvExport.Column<R>> columns(TableView<R> table) {
        return table.getVisibleLeafColumns().stream()
                .map(column -> new CsvExport.Column<R>(column.getText(), row -> cell(column, row)))
                .toList();
    }

    private static <R> Object cell(TableColumn<R, ?> column, R row) {
        var value = column.getCellObservableValue(row);
        return value == null ? null : value.getValue();
    }
}
