package dev.billingone.workstation.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/**
 * The action buttons under a list of records: each acts on the selected row, runs its work in the background,
 * then tells the rest of the window that data changed, shows what happened and reloads the list.
 */
public final class ListActions<R> {
    private final Background background;
    private final Runnable dataChanged;
    private final TableView<R> table;
    private final Label message;
    private final Runnable reload;

    public ListActions(Background background, Runnable dataChanged, TableView<R> table, Label message, Runnable reload) {
        this.background = background;
        this.dataChanged = dataChanged;
        this.table = table;
        this.message = message;
        this.reload = reload;
    }

    public static Button button(String label, Runnable action) {
        Button button = new Button(label);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A button that does nothing without a selection, else hands the selected row to {@code action}. */
    public Button onSelected(String label, Consumer<R> action) {
        return button(label, () -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                action.accept(selected);
            }
        });
    }

    /** Runs a change in the background; its result goes to {@code then} once the window knows data changed. */
    public <T> void run(String label, Callable<T> work, Consumer<T> then) {
        background.run(label, work, result -> {
            dataChanged.run();
            then.accept(result);
        });
    }

    /** Runs a change whose result is the sentence to show, then reloads the list. */
    public void report(String label, Callable<String> work) {
        run(label, work, done -> {
            message.setText(done);
            reload.run();
        });
    }

    /** Double-click on a row opens it (the keyboard way is the Edit button). */
    public static <R> void openOnDoubleClick(TableView<R> table, Consumer<R> open) {
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /** Shows records in combo boxes by a name of our choosing (choices are never typed in). */
    public static <T> StringConverter<T> display(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
