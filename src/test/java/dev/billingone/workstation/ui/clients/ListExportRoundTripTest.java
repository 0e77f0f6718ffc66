package dev.billingone.workstation.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.imports.CsvOptions;
import dev.billingone.workstation.imports.ImportKind;
import dev.billingone.workstation.imports.ImportProgress;
import dev.billingone.workstation.imports.ImportRequest;
import dev.billingone.workstation.imports.ImportResult;
import dev.billingone.workstation.imports.ImportService;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.catalog.CatalogView;
import dev.billingone.workstation.ui.common.TableExport;
import dev.billingone.workstation.ui.common.TestViewContext;
import dev.billingone.workstation.ui.common.TestWorkstations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** "Export CSV" of a list, imported again with the matching importer, changes nothing: what the list shows is what the file holds. */
@GuiTest
class ListExportRoundTripTest {
    private static Workstation workstation;
    private static Path dir;
    private TestViewContext context;

    @BeforeAll
    static void database() throws Exception {
        workstation = TestWorkstations.withOrganisation("billingone-list-export");
        dir = Files.createTempDirectory("billingone-list-export-files");
        Path clients = dir.resolve("clients-in.csv");
        Files.writeString(clients, "Name,Email,Currency,Active\r\nAcme Dental,accounts@acme.example,AUD,yes\r\n"
                + "\"Baker, Baker & Sons\",,NZD,no\r\nCoastal Legal,ap@coastal.example,AUD,yes\r\n");
        apply(ImportKind.CLIENTS, clients);
        Path catalog = dir.resolve("catalog-in.csv");
        Files.writeString(catalog, "SKU,Name,Description,Unit price,Cost,Currency,Tax type,Billing unit,Vendor,Active\r\n"
                + "M365-BP,Microsoft 365 Business Premium,\"Per user, monthly\",33.00,26.40,AUD,OUTPUT,per user,Microsoft,yes\r\n"
                + "EDR,Endpoint detection,,9.5,5.125,AUD,OUTPUT,per device,SentinelOne,no\r\n");
        apply(ImportKind.CATALOG, catalog);
    }

    private static void apply(ImportKind kind, Path file) {
        ImportResult result = new ImportService(workstation.store()).run(
                new ImportRequest(kind, file, CsvOptions.DETECT, null, Map.of(), null, false, false), ImportProgress.NONE);
        assertThat(result.errors()).isEmpty();
        assertThat(result.applied()).isTrue();
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theClientListExportsAndImportsBackWithNoChanges(FxRobot robot) {
        context = new TestViewContext(workstation);
        ClientsView view = new ClientsView(context, id -> { });
        TableView<?> table = show(robot, (Parent) view.node(), "#clients-table");
        robot.interact(view::reload);
        FxWait.until(() -> table.getItems().size() == 3);

        assertThat(exportAndDryRun(robot, table, ImportKind.CLIENTS, "clients-out.csv").unchanged()).isEqualTo(3);
    }

    @Test
    void theCatalogListExportsAndImportsBackWithNoChanges(FxRobot robot) {
        context = new TestViewContext(workstation);
        CatalogView view = new CatalogView(context);
        TableView<?> table = show(robot, (Parent) view.node(), "#catalog-table");
        robot.interact(() -> view.show(Map.of()));
        FxWait.until(() -> table.getItems().size() == 2);

        assertThat(exportAndDryRun(robot, table, ImportKind.CATALOG, "catalog-out.csv").unchanged()).isEqualTo(2);
    }

    private static TableView<?> show(FxRobot robot, Parent root, String tableId) {
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 1400, 600));
            stage.show();
        });
        return robot.lookup(tableId).queryTableView();
    }

    private ImportResult exportAndDryRun(FxRobot robot, TableView<?> table, ImportKind kind, String name) {
        Path file = dir.resolve(name);
        robot.interact(() -> TableExport.export(table, file, context.background()));
        FxWait.until(() -> Files.exists(file));
        ImportResult again = new ImportService(workstation.store()).run(ImportRequest.dryRun(kind, file), ImportProgress.NONE);
        assertThat(again.errors()).isEmpty();
        assertThat(again.created() + again.updated()).as(again.rows().toString()).isZero();
        assertThat(context.failures()).isEmpty();
        return again;
    }
}
