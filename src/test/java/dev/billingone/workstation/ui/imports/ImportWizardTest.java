package dev.billingone.workstation.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.imports.ImportKind;
import dev.billingone.workstation.imports.RowOutcome;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.common.TestViewContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
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
        Path dir = Files.createTempDirectory("billingone-wizard");
        DataDir dataDir = DataDir.open(dir);
        workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        workstation.store().write(session -> {
            Organization organization = new Organization();
            organization.setName("Southern Cross IT");
            organization.setSlug("southern-cross");
            organization.setBaseCurrency("AUD");
            session.persist(organization);
        });
    }

    @AfterAll
    static void close() {
        workstation.close();
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

    private static List<Product> products() {
        return workstation.store().read(s -> s.createSelectionQuery("from Product", Product.class).getResultList());
    }
}
