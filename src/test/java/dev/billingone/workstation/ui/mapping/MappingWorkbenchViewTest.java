package dev.billingone.workstation.ui.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import dev.billingone.workstation.ui.GuiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench screen driven by the keyboard, as an accountant works through a list. */
@GuiTest
class MappingWorkbenchViewTest {
    private Store store;
    private MappingWorkbenchView view;

    @Start
    void start(Stage stage) throws Exception {
        store = Store.open(TestDatabases.h2(Files.createTempDirectory("workbench")));
        view = new MappingWorkbenchView(new MappingWorkbenchModel(WorkbenchFixture.seeded(store), WorkbenchFixture.DIRECT, () -> { }));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 700));
        stage.show();
        view.show(java.util.Map.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void enterAcceptsTheBestCandidateAndMovesOnSkipAndDeleteWork(FxRobot robot) {
        robot.clickOn(view.candidateTable());
        robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WorkbenchFixture.mappedClient(store, "p-1")).isNotNull();
        assertThat(view.recordList().getItems()).hasSize(2);
        assertThat(view.recordList().getSelectionModel().getSelectedItem().record().externalId()).isEqualTo("x-1");

        int before = view.candidateTable().getItems().size();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.candidateTable().getItems()).hasSize(before - 1);

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.recordList().getSelectionModel().getSelectedItem().record().externalId()).isEqualTo("x-2");
    }
}
