package dev.billingone.workstation.ui.missed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.reconcile.MissedBilling;
import dev.billingone.workstation.reconcile.Fixtures;
import dev.billingone.workstation.reconcile.MissedBillingEntry;
import dev.billingone.workstation.reconcile.ReconciliationService;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.common.Background;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The queue on a real H2 file: select every item, bulk apply, and the clients' drafts carry the lines. */
@GuiTest
class MissedBillingViewTest {
    static final Period NOVEMBER = Period.of(2026, 11);
    private static Workstation workstation;
    private static long acme;
    private final AtomicInteger changes = new AtomicInteger();
    private MissedBillingView view;

    @BeforeAll
    static void queue() throws Exception {
        Path dir = Files.createTempDirectory("billingone-missed-ui");
        DataDir dataDir = DataDir.open(dir);
        workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        workstation.store().write(session -> {
            Fixtures f = new Fixtures(session);
            f.organization("Acme IT");
            Product seats = f.product("M365-BP", "20.00");
            Product backup = f.product("BACKUP", "12.50");
            Client a = f.client("Acme Dental");
            f.monthly(a, seats, "4", "20.00");
            f.monthly(a, backup, "2", "12.50");
            f.monthly(f.client("Beta Builders"), seats, "5", "20.00");
            acme = a.getId();
        });
        new ReconciliationService(workstation.store(), new MissedBilling(workstation.store(), Clock.systemDefaultZone()))
                .reconcileAndRefresh(NOVEMBER);
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    @Start
    void start(Stage stage) {
        Background background = new Background(Throwable::printStackTrace);
        view = new MissedBillingView(new ViewContext() {
            @Override
            public Workstation workstation() {
                return workstation;
            }

            @Override
            public Background background() {
                return background;
            }

            @Override
            public void navigate(Section section, Map<String, String> parameters) {
            }

            @Override
            public void dataChanged() {
                changes.incrementAndGet();
            }
        });
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 700));
        stage.show();
        view.show(Map.of("status", "open"));
    }

    @Test
    void selectAllBulkApplyAndTheDraftsChange(FxRobot robot) throws Exception {
        TableView<MissedBillingEntry> table = robot.lookup("#missed-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(robot.lookup("#missed-apply").queryButton().isDisabled()).isTrue();

        robot.interact(() -> table.getSelectionModel().selectAll());
        assertThat(robot.lookup("#missed-apply").queryButton().isDisabled()).isFalse();
        FxWait.clickOn(robot, "#missed-apply");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        Label message = robot.lookup("#missed-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("Applied 3 items"));
        assertThat(message.getText()).contains("205.00");
        assertThat(changes.get()).isPositive();

        List<GeneratedInvoiceLine> lines = workstation.store().read(session -> DraftInvoices.lines(session,
                DraftInvoices.openDraft(session, acme, NOVEMBER).getId()));
        assertThat(lines).extracting(GeneratedInvoiceLine::getSku).containsExactlyInAnyOrder("M365-BP", "BACKUP");
        assertThat(lines).allMatch(l -> l.getSource() == LineSource.MISSED_BILLING);
        GeneratedInvoice draft = workstation.store().read(session -> DraftInvoices.openDraft(session, acme, NOVEMBER));
        assertThat(draft.getSubtotal()).isEqualByComparingTo("105.00");

        assertThat(robot.lookup("#missed-undo").queryButton().isDisabled()).isFalse();
        FxWait.clickOn(robot, "#missed-undo");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        List<GeneratedInvoiceLine> afterUndo = workstation.store().read(session -> DraftInvoices.lines(session,
                DraftInvoices.openDraft(session, acme, NOVEMBER).getId()));
        assertThat(afterUndo).isEmpty();
    }
}
