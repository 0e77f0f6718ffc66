package dev.billingone.workstation.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.contracts.ContractDetail;
import dev.billingone.workstation.contracts.ContractService;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.contracts.ContractSummary;
import dev.billingone.workstation.contracts.RenewalCandidate;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.SampleRecords;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The contracts screen on a real H2 file: create a contract, activate it, renew it from the queue with an uplift. */
@GuiTest
class ContractsSectionTest {
    private static Workstation workstation;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private ContractsSection section;

    @BeforeAll
    static void database() throws Exception {
        Path dir = Files.createTempDirectory("billingone-contracts-ui");
        DataDir dataDir = DataDir.open(dir);
        workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        SampleRecords.client(workstation.store(), "Harbour Dental Pty Ltd", "AUD");
        SampleRecords.client(workstation.store(), "Summit Logistics Inc.", "AUD");
        SampleRecords.product(workstation.store(), "M365-BP", "33.00", true);
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @Start
    void start(Stage stage) {
        Background background = new Background(errors::add);
        section = new ContractsSection(new ViewContext() {
            @Override
            public Workstation workstation() {
                return workstation;
            }

            @Override
            public Background background() {
                return background;
            }

            @Override
            public void navigate(Section target, Map<String, String> parameters) {
                section.show(parameters);
            }

            @Override
            public void dataChanged() {
            }
        });
        stage.setScene(new Scene((Parent) section.node(), 1500, 800));
        stage.show();
        section.show(Map.of());
    }

    @Test
    void createsAContractThenRenewsItFromTheQueueWithAnUplift(FxRobot robot) throws Exception {
        LocalDate start = LocalDate.now().minusMonths(11);
        FxWait.clickOn(robot, "#contract-new");
        ComboBox<Client> client = robot.lookup("#contract-client").queryComboBox();
        ComboBox<Product> product = robot.lookup("#line-product-0").queryComboBox();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> client.getItems().size() == 2 && !product.getItems().isEmpty());
        robot.interact(() -> {
            client.getSelectionModel().select(0);
            product.getSelectionModel().select(0);
            robot.lookup("#contract-start").queryAs(javafx.scene.control.DatePicker.class).setValue(start);
        });
        FxWait.clickOn(robot, "#contract-name").write("Managed services");
        robot.doubleClickOn("#line-quantity-0").write("10");
        FxWait.clickOn(robot, "#line-price-0").write("40.00");
        FxWait.clickOn(robot, "#contract-save");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !errors.isEmpty() || robot.lookup("#contracts-table").tryQuery().isPresent());
        assertThat(errors).isEmpty();
        TableView<ContractSummary> contracts = robot.lookup("#contracts-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> contracts.getItems().size() == 1);
        assertThat(errors).isEmpty();
        ContractSummary created = contracts.getItems().get(0);
        assertThat(created.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(created.endDate()).isEqualTo(start.plusMonths(12).minusDays(1));
        assertThat(created.monthlyValue().toPlainString()).isEqualTo("400.00");

        robot.interact(() -> contracts.getSelectionModel().select(0));
        FxWait.clickOn(robot, "#contract-activate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> contracts.getItems().size() == 1 && contracts.getItems().get(0).status() == ContractStatus.ACTIVE);

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RenewalCandidate> queue = robot.lookup("#renewals-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        robot.interact(() -> queue.getSelectionModel().select(0));
        robot.doubleClickOn("#renewal-percent").write("5");
        FxWait.clickOn(robot, "#renewal-renew");

        ContractService service = new ContractService(workstation.store());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> service.get(created.id(), LocalDate.now()).contract().getTermMonths() != null
                        && service.get(created.id(), LocalDate.now()).contract().getEndDate().isAfter(created.endDate()));
        assertThat(errors).isEmpty();
        ContractDetail renewed = service.get(created.id(), LocalDate.now());
        assertThat(renewed.lines().get(0).getUnitPrice()).isEqualByComparingTo("42.00");
        assertThat(renewed.contract().getEndDate()).isEqualTo(created.endDate().plusDays(1).plusMonths(12).minusDays(1));
        assertThat(service.history(created.id())).extracting(e -> e.getAction()).containsExactly("create", "activate", "renew");
    }
}
