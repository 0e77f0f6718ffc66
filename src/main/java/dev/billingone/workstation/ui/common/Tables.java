package dev.billingone.workstation.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Column builders for read-only tables of records, so every list sorts and aligns numbers the same way. */
public final class Tables {
    private Tables() {
    }

    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    public static <R> TableColumn<R, Long> number(String title, double width, Function<R, Long> value) {
        TableColumn<R, Long> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    public static <R> TableColumn<R, BigDecimal> quantity(String title, double width, Function<R, BigDecimal> value) {
        TableColumn<R, BigDecimal> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> aligned(Formats::quantity));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    public static <R> TableColumn<R, BigDecimal> money(String title, double width, Function<R, BigDecimal> value,
                                                      Function<R, String> currency) {
        TableColumn<R, BigDecimal> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : Formats.money(amount, currency.apply(row)));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    public static <R> TableColumn<R, LocalDate> date(String title, double width, Function<R, LocalDate> value) {
        TableColumn<R, LocalDate> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> aligned(Formats::date));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    private static <R, T> TableCell<R, T> aligned(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        };
    }
}
