package dev.billingone.workstation.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.demo.DemoOrganisation;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxService;
import dev.billingone.workstation.sync.OutboxState;
import dev.billingone.workstation.sync.SyncCursor;
import dev.billingone.workstation.sync.SyncCursors;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.shell.MainWindow;
import dev.billingone.workstation.ui.shell.WorkstationApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sync screen in the real main window: cursors listed, an outbox entry retried and cancelled, "Sync now" with nothing connected. */
@GuiTest
class SyncViewTest {
    private static Workstation workstation;
    private MainWindow window;

    @BeforeAll
    static void database() throws Exception {
        Path dir = Files.createTempDirectory("billingone-sync-ui");
        DataDir dataDir = DataDir.open(dir);
        // Every remote points at a closed loopback port: this test must never reach a real service.
        workstation = new Workstation(dataDir, dataDir.settings(Map.of("xero.apiBaseUrl", "http://127.0.0.1:1",
                "qbo.apiBaseUrl", "http://127.0.0.1:1", "pax8.apiBaseUrl", "http://127.0.0.1:1")), DatabaseTarget.h2(dir));
        // The main window shows its sections once there is an organisation; the demo's is the smallest way to one.
        DemoOrganisation.create(workstation.store(), new DemoOrganisation.Options(3, 1, Period.parse("2026-11"), false));
        workstation.store().write(session -> {
            SyncCursor cursor = new SyncCursor();
            cursor.setSystem(ExternalSystem.XERO);
            cursor.setResource("invoices");
            cursor.setTenant("tenant-1");
            cursor.setCursorValue("2026-11-01T10:00:00Z||");
            cursor.setRecords(1234);
            cursor.setLastSuccessAt(Instant.parse("2026-11-01T10:05:00Z"));
            session.persist(cursor);
            OutboxEntry entry = Outbox.enqueue(session, ExternalSystem.XERO, "tenant-1", "invoice.upsert", "GeneratedInvoice", 42L,
                    "{}", "gi-42-v1");
            entry.setState(OutboxState.REJECTED);
            entry.setLastError("Xero refused the invoice: A Contact must be specified");
        });
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
    void showsCursorsRetriesAnEntryAndSyncsNothingWhenNothingIsConnected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.isReady());
        FxWait.clickOn(robot, "#nav-sync");
        TableView<SyncCursors.Row> cursors = robot.lookup("#sync-cursors").queryTableView();
        TableView<OutboxService.Item> outbox = robot.lookup("#sync-outbox").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> cursors.getItems().size() == 1 && outbox.getItems().size() == 1);
        assertThat(cursors.getItems().get(0).position()).isEqualTo("since 2026-11-01T10:00:00Z");
        assertThat(outbox.getItems().get(0).lastError()).contains("A Contact must be specified");

        robot.interact(() -> outbox.getSelectionModel().select(0));
        FxWait.clickOn(robot, "#outbox-retry");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !outbox.getItems().isEmpty()
                && outbox.getItems().get(0).state() == OutboxState.PENDING);

        // Cancelled entries leave the queue; with nothing queued and nothing connected, a sync has nothing to do.
        robot.interact(() -> outbox.getSelectionModel().select(0));
        FxWait.clickOn(robot, "#outbox-cancel");
        Label status = robot.lookup("#sync-status").queryAs(Label.class);
        FxWait.untilText(status, text -> text.equals("1 entry cancelled."));
        FxWait.untilText(robot.lookup("#outbox-queued").queryAs(Label.class), text -> text.equals("Outbox · 0 queued"));

        FxWait.clickOn(robot, "#sync-now");
        FxWait.untilText(status, text -> text.startsWith("Nothing is connected"));
    }
}
