package dev.billingone.workstation.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.imports.ImportError;
import dev.billingone.workstation.imports.ImportKind;
import dev.billingone.workstation.imports.ImportPreview;
import dev.billingone.workstation.imports.ImportService;
import dev.billingone.workstation.imports.Preset;
import dev.billingone.workstation.imports.RowOutcome;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.common.TestViewContext;
import dev.billingone.workstation.ui.common.TestWorkstations;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard on a real H2 database: choose the Xero sample, review the dry run, apply, see the products. */
@GuiTest
class ImportWizardTest {
    private static Workstation workstation;
    private TestViewContext context;
    private final AtomicInteger applied = new AtomicInteger();

    @BeforeAll
    static void database() throws Exception {
        workstation = TestWorkstations.withOrganisation("billingone-wizard");
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        context = new TestViewContext(workstation);
        ImportWizard wizard = new ImportWizard(context, ImportKind.CATALOG, applied::incrementAndGet);
        stage.setScene(new Scene((javafx.scene.Parent) wizard.node(), 1100, 700));
        stage.show();
    }

    @Test
    void chooseAFileReviewTheDryRunApplyAndSeeTheRows(FxRobot robot) throws Exception {
        Path sample = Path.of("samples/xero-items-export.csv").toAbsolutePath();
        FxWait.clickOn(robot, "#import-file").write(sample.toString());
        FxWait.clickOn(robot, "#import-dry-run");
        TableView<RowOutcome> rows = robot.lookup("#import-rows").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows.getItems().size() == 6);
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        FxWait.untilText(summary, text -> text.startsWith("Preset: Xero items export. Dry run of xero-items-export.csv"));
        assertThat(rows.getItems()).extracting(RowOutcome::action).containsOnly(RowOutcome.Action.CREATED);
        assertThat(rows.getItems().get(0).summary()).contains("SalesUnitPrice: (empty) → 33.00");
        assertThat(products()).isEmpty();

        FxWait.clickOn(robot, "#import-apply");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> applied.get() == 1);
        FxWait.untilText(summary, text -> text.contains("Imported xero-items-export.csv"));
        assertThat(products()).extracting(Product::getSku).contains("M365-BP", "EDR-DEVICE", "ONSITE-HR").hasSize(6);
        assertThat(context.failures()).isEmpty();
    }

    @Test
    void aLargeImportShowsProgressAndCancelLeavesTheDatabaseAsItWas(FxRobot robot) throws Exception {
        Path large = largeCatalog(60_000);
        long before = count("Product");
        long logsBefore = count("ImportLog");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(large.toString()));
        FxWait.clickOn(robot, "#import-dry-run");
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        FxWait.untilText(summary, text -> text.startsWith("Preset: BillingOne export. Dry run"));
        assertThat(summary.getText()).contains("60,000 created");

        FxWait.clickOn(robot, "#import-apply");
        Label progressText = robot.lookup("#import-progress-text").queryAs(Label.class);
        FxWait.untilText(progressText, text -> text.contains("rows validated and imported"));
        ProgressBar progress = robot.lookup("#import-progress").queryAs(ProgressBar.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.getProgress()).isGreaterThan(0).isLessThan(1);
        assertThat(robot.lookup("#import-dry-run").queryButton().isDisabled()).isTrue();

        FxWait.clickOn(robot, "#import-cancel");
        FxWait.untilText(summary, text -> text.equals("Import cancelled: nothing was written."));
        assertThat(progress.isVisible()).isFalse();
        assertThat(count("Product")).isEqualTo(before);
        assertThat(count("ImportLog")).isEqualTo(logsBefore);
        assertThat(context.failures()).isEmpty();
    }

    @Test
    void mapTheColumnsOfAnUnknownFileSeeThePreviewSaveThePresetAndImport(FxRobot robot) throws Exception {
        Path file = Files.createTempFile("billingone-supplier", ".csv");
        Files.writeString(file, "Code,Title,Price,Cur\r\nSUP-1,Supplier widget,12.50,AUD\r\nSUP-2,Supplier gadget,7.00,AUD\r\n");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(file.toString()));
        FxWait.clickOn(robot, "#import-map");
        Label problems = robot.lookup("#import-mapping-problems").queryAs(Label.class);
        FxWait.untilText(problems, text -> text.contains("no column is mapped to 'sku'"));

        choose(robot, "sku", "Code");
        choose(robot, "name", "Title");
        choose(robot, "unitPrice", "Title");
        choose(robot, "currency", "Cur");
        TableView<ImportPreview.Row> preview = robot.lookup("#import-preview").queryTableView();
        FxWait.untilText(problems, text -> text.contains("2 of the first 2 rows have problems"));
        assertThat(preview.getItems().get(0).errors()).extracting(ImportError::column).containsExactly("Title");
        choose(robot, "unitPrice", "Price");
        FxWait.untilText(problems, text -> text.equals("The first 2 rows read cleanly."));
        assertThat(preview.getItems()).extracting(r -> r.values().get("unitPrice")).containsExactly("12.50", "7.00");

        FxWait.clickOn(robot, "#import-preset-name").write("supplier-x");
        FxWait.clickOn(robot, "#import-save-preset");
        ComboBox<String> preset = robot.lookup("#import-preset").queryComboBox();
        FxWait.until(() -> "supplier-x".equals(preset.getValue()));
        Preset saved = new ImportService(workstation.store()).presets().find(ImportKind.CATALOG, "supplier-x");
        assertThat(saved.columns()).containsEntry("sku", List.of("Code")).containsEntry("unitPrice", List.of("Price"));

        FxWait.clickOn(robot, "#import-dry-run");
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        FxWait.untilText(summary, text -> text.contains("Dry run of " + file.getFileName()));
        assertThat(summary.getText()).contains("2 created, 0 updated");
        assertThat(context.failures()).isEmpty();
    }

    private static void choose(FxRobot robot, String field, String header) {
        ComboBox<String> choice = robot.lookup("#map-" + field).queryComboBox();
        robot.interact(() -> choice.setValue(header));
    }

    /** Our own export format, big enough that applying it takes seconds, not milliseconds. */
    private static Path largeCatalog(int rows) throws Exception {
        Path file = Files.createTempFile("billingone-large-catalog", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("SKU,Name,Unit price,Currency\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.format(Locale.ROOT, "BULK-%07d,Bulk product %d,%d.%02d,AUD\r\n", i, i, 1 + i % 300, i % 100));
            }
        }
        return file;
    }

    private static long count(String entity) {
        return workstation.store().read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult());
    }

    private static List<Product> products() {
        return workstation.store().read(s -> s.createSelectionQuery("from Product", Product.class).getResultList());
    }
}
