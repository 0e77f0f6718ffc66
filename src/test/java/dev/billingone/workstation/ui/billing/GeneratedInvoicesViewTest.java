package dev.billingone.workstation.ui.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.billing.BillingTestData;
import dev.billingone.workstation.billing.CreditNote;
import dev.billingone.workstation.billing.CreditNoteReason;
import dev.billingone.workstation.billing.CreditNoteStatus;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.InvoiceList;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.common.TestViewContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
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
    private GeneratedInvoicesView view;

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
        view = new GeneratedInvoicesView(context);
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

    @Test
    void aPushedInvoiceIsCreditedInFullAsADraftCreditNote(FxRobot robot) {
        long invoiceId = BillingTestData.pushedInvoice(workstation.store(), Period.of(2026, 9));
        robot.interact(() -> view.show(Map.of("period", "2026-09", "status", "all")));
        FxWait.until(() -> table(robot).getItems().size() == 1);
        Button credit = FxWait.node(robot, "#credit-in-full");
        assertThat(credit.isDisabled()).as("nothing selected").isTrue();
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertThat(credit.isDisabled()).isFalse();

        FxWait.fireLater(robot, "#credit-in-full");
        DialogPane dialog = FxWait.node(robot, ".dialog-pane");
        assertThat(dialog.getHeaderText()).contains("INV-PUSHED-1", "AUD 330.00");
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());

        Label summary = robot.lookup("#approve-summary").queryAs(Label.class);
        FxWait.untilText(summary, text -> text.startsWith("Draft credit note of AUD 330.00"));
        List<CreditNote> notes = workstation.store().read(s -> s.createSelectionQuery(
                "from CreditNote where invoiceId = :invoice", CreditNote.class).setParameter("invoice", invoiceId).getResultList());
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.getStatus()).isEqualTo(CreditNoteStatus.DRAFT);
            assertThat(note.getReason()).isEqualTo(CreditNoteReason.CANCELLATION);
            assertThat(note.getTotal()).isEqualByComparingTo("330.00");
        });
        assertThat(context.failures()).isEmpty();
    }
}
