package dev.billingone.workstation.ui.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.billing.BillingTestData;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.InvoiceList;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.common.TestViewContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The generated-invoices screen on a real H2 file: generate the period, approve a selection, see the statuses change. */
@ExtendWith(ApplicationExtension.class)
class GeneratedInvoicesViewTest {
    private static Workstation workstation;
    private Stage stage;
    private TestViewContext context;

    @BeforeAll
    static void data() throws Exception {
        Path dir = Files.createTempDirectory("billingone-invoices-ui");
        DataDir dataDir = DataDir.open(dir);
        workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        BillingTestData.billableClients(workstation.store(), 3);
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new TestViewContext(workstation);
        GeneratedInvoicesView view = new GeneratedInvoicesView(context);
        stage.setScene(new Scene((Parent) view.node(), 1300, 700));
        stage.show();
        view.show(Map.of("period", "2026-11", "status", "all"));
    }

    @AfterEach
    void hide(FxRobot robot) {
        robot.interact(stage::hide);
    }

    private static TableView<InvoiceList.Row> table(FxRobot robot) {
        return robot.lookup("#generated-invoices-table").queryTableView();
    }

    private static List<InvoiceStatus> statuses(FxRobot robot) {
        return table(robot).getItems().stream().map(InvoiceList.Row::status).toList();
    }

    @Test
    void generateThenApproveTwoOfThreeDrafts(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#generate").tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false));
        assertThat(table(robot).getItems()).isEmpty();

        robot.clickOn("#generate");

        FxWait.until(() -> table(robot).getItems().size() == 3);
        assertThat(statuses(robot)).containsOnly(InvoiceStatus.DRAFT);
        assertThat(robot.lookup("#generate-message").queryAs(Label.class).getText()).startsWith("3 created");

        robot.interact(() -> table(robot).getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#approve-selected");

        FxWait.until(() -> statuses(robot).stream().filter(s -> s == InvoiceStatus.APPROVED).count() == 2);
        assertThat(statuses(robot)).containsExactlyInAnyOrder(InvoiceStatus.APPROVED, InvoiceStatus.APPROVED, InvoiceStatus.DRAFT);
        assertThat(robot.lookup("#approve-summary").queryAs(Label.class).getText()).startsWith("2 approved and queued for push");
        List<GeneratedInvoice> stored = workstation.store().read(s -> s.createSelectionQuery(
                "from GeneratedInvoice where period = '2026-11' order by id", GeneratedInvoice.class).getResultList());
        assertThat(stored).extracting(GeneratedInvoice::getStatus)
                .containsExactlyInAnyOrder(InvoiceStatus.APPROVED, InvoiceStatus.APPROVED, InvoiceStatus.DRAFT);
        assertThat(context.failures()).isEmpty();
    }
}
