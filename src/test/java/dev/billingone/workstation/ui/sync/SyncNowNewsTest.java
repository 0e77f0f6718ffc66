package dev.billingone.workstation.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.common.TestViewContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

/** "Sync now" ends by asking the app to look for news, as the CLI's sync does (see SyncCommandTest). */
@GuiTest
class SyncNowNewsTest {
    private Workstation workstation;
    private TestViewContext context;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("billingone-sync-news");
        DataDir dataDir = DataDir.open(dir);
        // Nothing is connected and every remote is a closed loopback port: no real service is reached.
        workstation = new Workstation(dataDir, dataDir.settings(Map.of("xero.apiBaseUrl", "http://127.0.0.1:1",
                "qbo.apiBaseUrl", "http://127.0.0.1:1", "pax8.apiBaseUrl", "http://127.0.0.1:1")), DatabaseTarget.h2(dir));
        context = new TestViewContext(workstation);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new SyncView(context).node()), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(Stage::hide);
        context.background().shutdown();
        workstation.close();
    }

    @Test
    void syncNowLooksForNewsWhenItEnds(FxRobot robot) {
        assertThat(context.newsChecks()).isZero();

        FxWait.clickOn(robot, "#sync-now");

        FxWait.until(() -> context.newsChecks() == 1);
        FxWait.until(() -> !robot.lookup("#sync-now").queryButton().isDisabled());
        assertThat(context.failures()).isEmpty();
    }
}
