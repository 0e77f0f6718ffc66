package dev.billingone.workstation.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.store.TestDatabases;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.triage.TriageFixture;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.triage.TriageWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Links routed into a running workstation: the main window navigates and comes forward; triage opens beside it. */
@GuiTest
class AppWindowsTest {
    @TempDir
    Path dir;

    private Workstation workstation;
    private TriageFixture data;
    private AppWindows windows;
    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private final List<String> shown = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        workstation = new Workstation(DataDir.open(dir), Settings.defaultsOnly(), TestDatabases.h2(dir));
        data = TriageFixture.seed(workstation.store());
        FxToolkit.setupStage(stage -> {
            WorkstationApp.applyTheme();
            windows = new AppWindows(stage, workstation, browsed::add, () -> shown.add("main"));
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            windows.close();
            List.copyOf(Window.getWindows()).forEach(Window::hide);
        });
        workstation.close();
    }

    @Test
    void aClientLinkOpensTheMainWindowOnThatClientOnceTheDatabaseIsOpenAndAnUnknownOneIsExplained(FxRobot robot) {
        robot.interact(() -> windows.open(Route.client(data.beta)));

        Label name = waitForNode(robot, "#client-name");
        FxWait.until(() -> "Beta Logistics".equals(name.getText()));
        assertThat(shown).containsExactly("main");
        assertThat(sectionOn(robot, Section.CLIENTS)).isTrue();

        robot.interact(() -> windows.open(Route.of(Section.GENERATED_INVOICES, Map.of("status", "draft"))));
        FxWait.until(() -> sectionOn(robot, Section.GENERATED_INVOICES));
        assertThat(sectionOn(robot, Section.CLIENTS)).isFalse();
        assertThat(stageTitled(TriageWindow.TITLE)).isNull();

        robot.interact(() -> windows.open(Route.client(987_654_321L)));
        DialogPane dialog = waitForNode(robot, ".dialog-pane");
        assertThat(dialog.getHeaderText()).contains("There is no client 987654321");
    }

    @Test
    void triageOpensBesideTheMainWindowAndItsLinksLeadBackIntoIt(FxRobot robot) {
        robot.interact(() -> windows.open(Route.of(Section.DASHBOARD)));
        FxWait.until(() -> stageTitled(MainWindow.TITLE) != null);
        robot.interact(windows::showTriage);
        Stage triage = stageTitled(TriageWindow.TITLE);
        assertThat(triage).isNotNull();
        assertThat(triage.isShowing()).isTrue();

        robot.interact(() -> windows.open(Route.triage()));
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage s && TriageWindow.TITLE.equals(s.getTitle())))
                .hasSize(1);

        FxWait.clickOn(robot, "#syncErrorsTile");
        FxWait.until(() -> sectionOn(robot, Section.SYNC));
    }

    @Test
    void aTriageOnlySessionKeepsTheLinksItCanShowAndExplainsAnUnknownClientThere(FxRobot robot) {
        robot.interact(() -> windows.open(Route.triage()));
        robot.interact(() -> windows.open(Route.of(Section.MISSED_BILLING)));
        assertThat(stageTitled(MainWindow.TITLE)).isNull();

        robot.interact(() -> windows.open(Route.client(987_654_321L)));
        Label message = robot.lookup("#message").queryAs(Label.class);
        FxWait.until(() -> message.getText().contains("There is no client 987654321"));
        assertThat(stageTitled(MainWindow.TITLE)).isNull();
    }

    private static Stage stageTitled(String title) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(title) && s.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    private static <T extends javafx.scene.Node> T waitForNode(FxRobot robot, String query) {
        FxWait.until(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    /** Whether the sidebar shows {@code section} as the open one. */
    private static boolean sectionOn(FxRobot robot, Section section) {
        return robot.lookup("#nav-" + section.path()).queryAs(ToggleButton.class).isSelected();
    }
}
