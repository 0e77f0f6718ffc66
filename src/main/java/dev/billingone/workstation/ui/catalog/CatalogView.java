package dev.billingone.workstation.ui.catalog;

import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.CatalogService;
import dev.billingone.workstation.catalog.IncrementalFilter;
import dev.billingone.workstation.catalog.ProductEdit;
import dev.billingone.workstation.catalog.ProductRow;
import dev.billingone.workstation.imports.ImportKind;
import dev.billingone.workstation.ui.common.ErrorDialogs;
import dev.billingone.workstation.ui.common.TableExport;
import dev.billingone.workstation.ui.common.Tables;
import dev.billingone.workstation.ui.imports.ImportWizard;
import dev.billingone.workstation.ui.shell.SectionView;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.util.converter.DefaultStringConverter;

/**
 * The catalog: every product in a virtualised table with fixed row height, filtered as you type off the UI
 * thread, sortable, with a column chooser (the table's menu button), inline edits, a detail form, add /
 * duplicate / archive, bulk edit with preview and undo, import and "Export CSV" of what is shown.
 */
public final class CatalogView implements SectionView {
    private final ViewContext context;
    private final ObservableList<ProductRow> shown = FXCollections.observableArrayList();
    private final TableView<ProductRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final Button undo = new Button("Undo bulk edit");
    private final ProductForm form;
    private final BorderPane root = new BorderPane();
    private final AtomicLong filterGeneration = new AtomicLong();
    private volatile IncrementalFilter filterState = new IncrementalFilter(List.of());
    private int total;

    public CatalogView(ViewContext context) {
        this.context = context;
        this.form = new ProductForm(this::save);
        build();
    }

    private CatalogService service() {
        return new CatalogService(context.workstation().store());
    }

    private void build() {
        filter.setId("catalog-filter");
        filter.setPromptText("Filter by SKU, name, description, vendor, tax type or account");
        filter.textProperty().addListener((obs, old, text) -> refilter());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setOnAction(e -> form.edit(null));
        Button duplicate = new Button("Duplicate");
        duplicate.setOnAction(e -> selected().stream().findFirst().ifPresent(row ->
                context.background().run("Duplicating…", () -> service().duplicate(row.id()), copy -> reload())));
        Button archive = new Button("Archive");
        archive.setOnAction(e -> context.background().run("Archiving…",
                () -> service().archive(selected().stream().map(ProductRow::id).toList()), n -> reload()));
        Button bulk = new Button("Bulk edit…");
        bulk.setOnAction(e -> new BulkEditDialog(context, selected().stream().map(ProductRow::id).toList()).show(n -> reload()));
        undo.setOnAction(e -> context.background().run("Undoing bulk edit…", () -> service().undoLastBulkEdit(), n -> reload()));
        Button importButton = new Button("Import…");
        importButton.setOnAction(e -> openImport());
        Button export = TableExport.button(table, "catalog.csv", context.background());
        export.setId("catalog-export");
        for (Button selectionAction : List.of(duplicate, archive, bulk)) {
            selectionAction.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox top = new HBox(8, filter, count, add, duplicate, archive, bulk, undo, importButton, export);
        top.setPadding(new Insets(0, 0, 10, 0));

        table.setId("catalog-table");
        table.setEditable(true);
        table.setFixedCellSize(28);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> form.edit(row));
        table.setPlaceholder(new Label("No products match the filter."));
        table.getColumns().setAll(List.of(
                Tables.text("SKU", 140, ProductRow::sku),
                editableText("Name", 260, ProductRow::name, ProductEdit::withName),
                Tables.text("Description", 240, ProductRow::description),
                editableAmount("Unit price", 100, ProductRow::unitPrice, ProductEdit::withUnitPrice),
                editableAmount("Cost", 90, ProductRow::cost, ProductEdit::withCost),
                Tables.quantity("Margin", 90, ProductRow::margin),
                Tables.quantity("Margin %", 80, ProductRow::marginPercent),
                Tables.text("Currency", 70, ProductRow::currency),
                editableText("Tax type", 110, ProductRow::taxType, ProductEdit::withTaxType),
                editableText("Sales account", 100, ProductRow::salesAccountCode, ProductEdit::withSalesAccountCode),
                Tables.text("Vendor", 120, ProductRow::vendor),
                Tables.text("Pax8 product", 120, ProductRow::pax8ProductId),
                Tables.text("Billing unit", 100, r -> label(r.billingUnit())),
                Tables.text("Active", 60, r -> r.active() ? "yes" : "archived")));
        SortedList<ProductRow> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        root.setPadding(new Insets(12));
        root.setTop(top);
        root.setCenter(table);
        root.setRight(form.node());
    }

    static String label(BillingUnit unit) {
        return unit == null ? "" : switch (unit) {
            case PER_USER -> "per user";
            case PER_DEVICE -> "per device";
            case FLAT -> "flat";
        };
    }

    private TableColumn<ProductRow, String> editableText(String title, double width, Function<ProductRow, String> value,
                                                         BiFunction<ProductEdit, String, ProductEdit> change) {
        TableColumn<ProductRow, String> column = Tables.text(title, width, value);
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()));
        column.setOnEditCommit(e -> save(change.apply(ProductEdit.of(e.getRowValue()), e.getNewValue())));
        return column;
    }

    private TableColumn<ProductRow, String> editableAmount(String title, double width, Function<ProductRow, BigDecimal> value,
                                                           BiFunction<ProductEdit, BigDecimal, ProductEdit> change) {
        TableColumn<ProductRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(plain(value.apply(c.getValue()))));
        column.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.comparing(BigDecimal::new)));
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()));
        column.setOnEditCommit(e -> {
            BigDecimal amount;
            try {
                amount = e.getNewValue() == null || e.getNewValue().isBlank() ? null : new BigDecimal(e.getNewValue().trim());
            } catch (NumberFormatException notANumber) {
                ErrorDialogs.show(window(), new dev.billingone.workstation.core.InvalidInputException(
                        title + " '" + e.getNewValue() + "' is not a number: write it like 1234.50."));
                table.refresh();
                return;
            }
            save(change.apply(ProductEdit.of(e.getRowValue()), amount));
        });
        return column;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().scale() < 2 ? value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }

    private List<ProductRow> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void save(ProductEdit edit) {
        context.background().run("Saving " + edit.sku() + "…", () -> service().save(edit), saved -> {
            context.dataChanged();
            reload();
        });
    }

    /** Filters on a background thread; a result that arrives after a newer keystroke is dropped. */
    private void refilter() {
        long generation = filterGeneration.incrementAndGet();
        String query = filter.getText();
        IncrementalFilter state = filterState;
        context.background().run("Filtering…", () -> state.apply(query), rows -> {
            if (generation == filterGeneration.get()) {
                shown.setAll(rows);
                count.setText(String.format("%,d of %,d products", rows.size(), total));
            }
        });
    }

    void reload() {
        context.background().run("Loading the catalog…", () -> {
            CatalogService service = service();
            return Map.entry(service.rows(), java.util.Optional.ofNullable(service.lastUndoableBulkEdit()));
        }, loaded -> {
            total = loaded.getKey().size();
            filterState = new IncrementalFilter(loaded.getKey());
            undo.setDisable(loaded.getValue().isEmpty());
            undo.setTooltip(loaded.getValue().map(javafx.scene.control.Tooltip::new).orElse(null));
            refilter();
        });
    }

    private void openImport() {
        Stage stage = new Stage();
        stage.initOwner(window());
        stage.setTitle("Import CSV");
        ImportWizard wizard = new ImportWizard(context, ImportKind.CATALOG, this::reload);
        stage.setScene(new Scene((javafx.scene.Parent) wizard.node(), 1100, 720));
        stage.show();
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Map<String, String> parameters) {
        reload();
    }
}
