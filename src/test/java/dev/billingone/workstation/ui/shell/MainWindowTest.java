package dev.billingone.workstation.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.clients.ClientProfile;
import dev.billingone.workstation.clients.ClientSummary;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.demo.DemoOrganisation;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a real H2 file with the demo organisation: navigate, filter, open a client. */
@GuiTest
class MainWindowTest {
    private static Workstation workstation;
    private MainWindow window;

    @BeforeAll
    static void demoDatabase() throws Exception {
        Path dir = Files.createTempDirectory("billingone-ui");
        DataDir dataDir = DataDir.open(dir);
        workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        DemoOrganisation.create(workstation.store(), new DemoOrganisation.Options(25, 3, Period.parse("2026-11"), false));
    }

    @Start
    void start(Stage stage) {
        WorkstationApp.applyTheme();
        window = new MainWindow(stage, workstation);
        stage.show();
        window.start();
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @Test
    void navigatesToClientsFiltersAndOpensAClientWithItsSubscriptions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.isReady());
        assertThat(window.stage().getTitle()).startsWith("BillingOne Workstation \u2014 Southern Cross");

        FxWait.clickOn(robot, "#nav-clients");
        TableView<ClientSummary> table = robot.lookup("#clients-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 25);

        ClientSummary target = table.getItems().stream().filter(c -> c.subscriptions() > 0).findFirst().orElseThrow();
        FxWait.clickOn(robot, "#client-filter").write(target.name());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ClientSummary::name).allMatch(n -> n.contains(target.name()));
        assertThat(table.getItems()).hasSizeLessThan(25);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.ENTER);
        TableView<ClientProfile.SubscriptionRow> subscriptions = robot.lookup("#client-subscriptions").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !subscriptions.getItems().isEmpty());
        Label name = robot.lookup("#client-name").queryAs(Label.class);
        assertThat(name.getText()).isEqualTo(target.name());
        assertThat((long) subscriptions.getItems().size()).isGreaterThanOrEqualTo(target.subscriptions());
    }

    @Test
    void theSidebarAlwaysMarksExactlyTheOpenSection(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.isReady());
        FxWait.clickOn(robot, "#nav-contracts");
        FxWait.clickOn(robot, "#nav-contracts"); // a second click keeps it open (and shows it again)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sidebar .toggle-button").queryAllAs(ToggleButton.class))
                .filteredOn(ToggleButton::isSelected).extracting(ToggleButton::getId).containsExactly("nav-contracts");

        robot.interact(() -> window.navigate(Section.CATALOG, java.util.Map.of()));
        assertThat(robot.lookup("#sidebar .toggle-button").queryAllAs(ToggleButton.class))
                .filteredOn(ToggleButton::isSelected).extracting(ToggleButton::getId).containsExactly("nav-catalog");
    }

    @Test
    void unbuiltSectionsSayWhichCapabilityFillsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.isReady());
        Section unbuilt = java.util.Arrays.stream(Section.values()).filter(s -> !SectionViews.isBuilt(s)).findFirst().orElse(null);
        if (unbuilt == null) {
            return;
        }
        FxWait.clickOn(robot, "#nav-" + unbuilt.path());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("This screen arrives with"));
    }
}
