package dev.billingone.workstation.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.CatalogService;
import dev.billingone.workstation.catalog.ProductEdit;
import dev.billingone.workstation.catalog.ProductRow;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.common.TestViewContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalog screen on a real H2 database: filter as you type, select, edit in the detail form, save. */
@GuiTest
class CatalogViewTest {
    private static Workstation workstation;
    private TestViewContext context;

    @BeforeAll
    static void database() throws Exception {
        Path dir = Files.createTempDirectory("billingone-catalog-ui");
        DataDir dataDir = DataDir.open(dir);
        workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        CatalogService catalog = new CatalogService(workstation.store());
        for (String sku : List.of("M365-BP", "M365-BB", "EDR")) {
            catalog.save(new ProductEdit(null, 0, sku, sku + " licence", null, new BigDecimal("10.00"), null, "AUD", null, null, null,
                    BillingUnit.PER_USER, true));
        }
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @Start
    void start(Stage stage) {
        context = new TestViewContext(workstation);
        CatalogView view = new CatalogView(context);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1400, 700));
        stage.show();
        view.show(Map.of());
    }

    @Test
    void filtersAsYouTypeAndSavesFromTheDetailForm(FxRobot robot) throws Exception {
        TableView<ProductRow> table = robot.lookup("#catalog-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        FxWait.clickOn(robot, "#catalog-filter").write("m365 bb");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).sku()).isEqualTo("M365-BB");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.doubleClickOn(robot.lookup(".text-field").match(n -> "10.00".equals(((javafx.scene.control.TextField) n).getText()))
                .queryAs(javafx.scene.control.TextField.class)).write("12.50");
        FxWait.clickOn(robot, "#product-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> price("M365-BB").compareTo(new BigDecimal("12.50")) == 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).unitPrice().compareTo(new BigDecimal("12.50")) == 0);
        assertThat(context.failures()).isEmpty();
    }

    private static BigDecimal price(String sku) {
        return new CatalogService(workstation.store()).rows().stream().filter(r -> r.sku().equals(sku)).findFirst().orElseThrow().unitPrice();
    }
}
