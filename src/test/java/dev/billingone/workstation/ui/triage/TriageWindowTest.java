package dev.billingone.workstation.ui.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.app.cli.Cli;
import dev.billingone.workstation.app.deeplink.Route;
import dev.billingone.workstation.auth.Integrations;
import dev.billingone.workstation.auth.StoredCredentials;
import dev.billingone.workstation.auth.Tenant;
import dev.billingone.workstation.auth.TokenSet;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.TestDatabases;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxService;
import dev.billingone.workstation.sync.OutboxState;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.triage.DraftLineRow;
import dev.billingone.workstation.triage.DraftRow;
import dev.billingone.workstation.triage.MissedBillingRow;
import dev.billingone.workstation.triage.OutboxConflicts;
import dev.billingone.workstation.triage.TriageFixture;
import dev.billingone.workstation.triage.TriageLists;
import dev.billingone.workstation.ui.FxWait;
import dev.billingone.workstation.ui.GuiTest;
import dev.billingone.workstation.ui.shell.Section;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@GuiTest
class TriageWindowTest {
    @TempDir
    static Path dir;

    private Workstation workstation;
    private TriageFixture data;
    private TriageWindow window;
    private final List<Route> routed = new CopyOnWriteArrayList<>();
    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private final AtomicInteger settingsOpened = new AtomicInteger();
    private final StandInXero xero = new StandInXero();
    private Path dataDir;
    private boolean connected;

    /** The database is opened and seeded here, off the FX thread; then the window is built on it. */
    @BeforeEach
    void open() throws Exception {
        dataDir = Files.createTempDirectory(dir, "data");
        workstation = new Workstation(DataDir.open(dataDir), Settings.defaultsOnly(), TestDatabases.h2(dataDir));
        data = TriageFixture.seed(workstation.store());
        Clock today = Clock.fixed(TriageFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        FxToolkit.setupStage(stage -> {
            window = new TriageWindow(stage, workstation, today, routed::add, browsed::add, settingsOpened::incrementAndGet);
            window.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupStage(Stage::hide);
        workstation.close();
    }

    @Test
    void opensCompactWithTheHomeCountsAndTheQueueStatus(FxRobot robot) {
        Stage stage = window.stage();
        assertThat(stage.getTitle()).isEqualTo("BillingOne Triage");
        assertThat(stage.getScene().getWidth()).isEqualTo(420);
        assertThat(stage.getScene().getHeight()).isEqualTo(720);

        Button missed = robot.lookup("#missedTile").queryButton();
        FxWait.until(() -> missed.getText().startsWith("Missed billing"));
        assertThat(missed.getText()).isEqualTo("Missed billing: 3 · AUD 322.00 + NZD 40.00");
        assertThat(robot.lookup("#draftsTile").queryButton().getText()).isEqualTo("Drafts awaiting approval: 1 · AUD 418.00");
        assertThat(robot.lookup("#syncErrorsTile").queryButton().getText()).isEqualTo("Sync errors: 1");
        assertThat(robot.lookup("#renewalsTile").queryButton().getText()).isEqualTo("Renewals due in 30 days: 1");
        Label queue = robot.lookup("#queueStatus").queryAs(Label.class);
        FxWait.until(() -> !queue.getText().isEmpty());
        assertThat(queue.getText()).isEqualTo("online · 1 queued");

        FxWait.clickOn(robot, "#syncErrorsTile");
        assertThat(routed).containsExactly(Route.of(Section.SYNC));
    }

    @Test
    void keyboardMovesBetweenTabsAndTheListsShowTheRows(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        FxWait.clickOn(robot, "#missedTile");
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        TableView<MissedBillingRow> missed = table(robot, "#missedTable");
        FxWait.until(() -> missed.getItems().size() == 3);
        assertThat(missed.getItems()).extracting(MissedBillingRow::sku).containsExactly("M365-BP", "M365-BP", "DEF-EP");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        TableView<DraftRow> drafts = table(robot, "#draftsTable");
        FxWait.until(() -> drafts.getItems().size() == 1);
        assertThat(drafts.getItems().get(0).clientName()).isEqualTo("Acme Dental Pty Ltd");

        FxWait.clickOn(robot, "#openInWeb");
        assertThat(browsed).containsExactly("https://app.billingone.dev/generated-invoices?status=draft");
    }

    @Test
    void typeAheadPicksAClientShowsItsScopeAndNarrowsTheOtherTabs(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("logis");
        robot.type(KeyCode.ENTER);

        Label heading = robot.lookup("#clientHeading").queryAs(Label.class);
        FxWait.until(() -> heading.getText().equals("Beta Logistics"));
        Label variance = robot.lookup("#clientVariance").queryAs(Label.class);
        FxWait.until(() -> !variance.getText().isEmpty());
        assertThat(variance.getText()).isEqualTo("Variance (unbilled, open): NZD 40.00 in 1 item");
        assertThat(robot.lookup("#scope").queryAs(Label.class).getText()).isEqualTo("Client: Beta Logistics");
        TableView<MissedBillingRow> missed = table(robot, "#missedTable");
        FxWait.until(() -> missed.getItems().size() == 1);
        assertThat(missed.getItems().get(0).clientName()).isEqualTo("Beta Logistics");

        FxWait.clickOn(robot, "#openInWeb");
        assertThat(browsed).containsExactly("https://app.billingone.dev/clients/" + data.beta);

        FxWait.clickOn(robot, "#clearScope");
        FxWait.until(() -> missed.getItems().size() == 3);
    }

    @Test
    void exportsTheCurrentListToAFileAndToTheClipboard(FxRobot robot) throws Exception {
        FxWait.clickOn(robot, "#missedTile");
        TableView<MissedBillingRow> missed = table(robot, "#missedTable");
        FxWait.until(() -> missed.getItems().size() == 3);

        Path file = dir.resolve("missed-" + System.nanoTime() + ".csv");
        robot.interact(() -> window.exportTo(file));
        Label message = robot.lookup("#message").queryAs(Label.class);
        FxWait.until(() -> message.getText().startsWith("Exported"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Client,SKU,Product,Period,Expected,Billed,Missing,Amount,Currency");
        assertThat(lines.get(1)).isEqualTo("Acme Dental Pty Ltd,M365-BP,Microsoft 365 Business Premium,2026-11,13,10,3,297.00,AUD,open,");

        FxWait.clickOn(robot, "#copyCsv");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10, TimeUnit.SECONDS);
        assertThat(copied.lines().toList()).isEqualTo(lines);
    }

    @Test
    void linksThatTheTriageWindowHasOpenTheirTabAndOthersAreLeftToTheMainWindow(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.show(Route.of(Section.GENERATED_INVOICES, Map.of("status", "draft")))))
                .succeedsWithin(java.time.Duration.ofSeconds(10)).isEqualTo(true);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.show(Route.client(data.acme))))
                .succeedsWithin(java.time.Duration.ofSeconds(10)).isEqualTo(true);
        Label heading = robot.lookup("#clientHeading").queryAs(Label.class);
        FxWait.until(() -> heading.getText().equals("Acme Dental Pty Ltd"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.show(Route.of(Section.CATALOG))))
                .succeedsWithin(java.time.Duration.ofSeconds(10)).isEqualTo(false);

        FxWait.clickOn(robot, "#notificationSettings");
        assertThat(settingsOpened).hasValue(1);
    }

    @Test
    void bulkAppliesTwoItemsSnoozesOneThenChangesATaxTypeAndApprovesTheDraft(FxRobot robot) {
        FxWait.clickOn(robot, "#missedTile");
        TableView<MissedBillingRow> missed = table(robot, "#missedTable");
        FxWait.until(() -> missed.getItems().size() == 3);
        robot.interact(() -> {
            missed.getSelectionModel().clearSelection();
            missed.getItems().stream().filter(r -> r.clientId() == data.acme)
                    .forEach(r -> missed.getSelectionModel().select(r));
        });
        FxWait.clickOn(robot, "#applyMissed");

        Label message = robot.lookup("#message").queryAs(Label.class);
        FxWait.until(() -> message.getText().startsWith("Applied"));
        assertThat(message.getText()).isEqualTo("Applied 2 items to the clients' drafts: AUD 322.00.");
        FxWait.until(() -> missed.getItems().size() == 1);
        DraftRow acmeDraft = TriageLists.drafts(workstation.store(), OptionalLong.of(data.acme)).get(0);
        assertThat(acmeDraft.lines()).isEqualTo(4);
        assertThat(acmeDraft.subtotal()).isEqualTo(Money.of("702.00", "AUD"));

        robot.interact(() -> {
            missed.getSelectionModel().select(0);
            missed.requestFocus();
        });
        robot.type(KeyCode.W);
        FxWait.until(() -> missed.getItems().isEmpty());
        assertThat(message.getText()).isEqualTo("Snoozed 1 item until 2026-11-30.");
        Button tile = robot.lookup("#missedTile").queryButton();
        FxWait.untilText(tile, text -> text.equals("Missed billing: none"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<DraftRow> drafts = table(robot, "#draftsTable");
        FxWait.until(() -> drafts.getItems().size() == 1 && drafts.getItems().get(0).lines() == 4);
        robot.interact(() -> drafts.getSelectionModel().select(0));
        TableView<DraftLineRow> lines = table(robot, "#draftLinesTable");
        FxWait.until(() -> lines.getItems().size() == 4);
        assertThat(robot.lookup("#draftLinesHeading").queryAs(Label.class).getText())
                .isEqualTo("Acme Dental Pty Ltd · 2026-11 · total " + acmeDraft.total().currencyCode() + " "
                        + String.format("%,.2f", acmeDraft.total().amount()));
        robot.interact(() -> lines.getSelectionModel().select(0));
        assertThat(robot.lookup("#taxType").queryComboBox().getValue()).isEqualTo("OUTPUT");
        robot.interact(() -> robot.lookup("#taxType").<String>queryComboBox().setValue("EXEMPTOUTPUT"));
        FxWait.clickOn(robot, "#setTax");

        Label totalChange = robot.lookup("#totalChange").queryAs(Label.class);
        FxWait.until(() -> !totalChange.getText().isEmpty());
        Money before = acmeDraft.total();
        Money after = before.minus(Money.of("33.00", "AUD")); // 10 % GST on the 330.00 line is gone
        assertThat(totalChange.getText()).isEqualTo("Line 1: OUTPUT → EXEMPTOUTPUT · total AUD " + String.format("%,.2f", before.amount())
                + " → AUD " + String.format("%,.2f", after.amount()) + " (−33.00)");
        FxWait.until(() -> !drafts.getItems().isEmpty() && drafts.getItems().get(0).total().equals(after));
        FxWait.until(() -> "EXEMPTOUTPUT".equals(lines.getItems().get(0).taxType()));

        robot.interact(() -> {
            drafts.getSelectionModel().select(0);
            drafts.requestFocus();
        });
        robot.type(KeyCode.A);
        FxWait.until(() -> message.getText().startsWith("Approved"));
        assertThat(message.getText()).isEqualTo("Approved 1 invoice; queued to send.");
        FxWait.until(drafts.getItems()::isEmpty);
        Label queue = robot.lookup("#queueStatus").queryAs(Label.class);
        FxWait.until(() -> queue.getText().equals("online · 2 queued"));
        OutboxEntry push = workstation.store().read(s -> s.createSelectionQuery(
                "from OutboxEntry where entityId = :invoice", OutboxEntry.class).setParameter("invoice", data.acmeDraft).getSingleResult());
        assertThat(push.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(push.getPayload()).contains("EXEMPTOUTPUT").contains(TriageFixture.ACME_CONTACT);
    }

    @Test
    void dismissWantsAReasonFirst(FxRobot robot) {
        FxWait.clickOn(robot, "#missedTile");
        TableView<MissedBillingRow> missed = table(robot, "#missedTable");
        FxWait.until(() -> missed.getItems().size() == 3);
        robot.interact(() -> missed.getSelectionModel().select(2));
        FxWait.clickOn(robot, "#dismissMissed");
        Label message = robot.lookup("#message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Type why these items are not billable");
        assertThat(missed.getItems()).hasSize(3);

        FxWait.clickOn(robot, "#missedReason").write("Included in the security bundle");
        robot.interact(() -> missed.getSelectionModel().select(2));
        FxWait.clickOn(robot, "#dismissMissed");
        FxWait.until(() -> missed.getItems().size() == 2);
        assertThat(message.getText()).isEqualTo("Dismissed 1 item.");
    }

    @Test
    void approvalsMadeWhileXeroIsDownWaitInTheQueueAndGoOutOnceWhenItIsBack(FxRobot robot) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(xero);
            server.start();
            xero.down = true;
            approveTheAcmeDraft(robot);
            Label queue = robot.lookup("#queueStatus").queryAs(Label.class);
            FxWait.until(() -> queue.getText().equals("online · 2 queued"));
            assertThat(status(data.acmeDraft)).isEqualTo(InvoiceStatus.APPROVED); // the local change is there at once

            JsonNode offline = push(server, 3);

            assertThat(offline.path("pushed").asInt()).isZero();
            assertThat(xero.created()).isZero();
            robot.interact(window::refresh);
            FxWait.until(() -> queue.getText().equals("offline · 2 queued"));
            assertThat(status(data.acmeDraft)).isEqualTo(InvoiceStatus.APPROVED);

            xero.down = false;
            // Reconnected: the failed write is made due now (the Sync screen's "Retry") rather than after its backoff.
            new OutboxService(workstation.store(), Clock.systemUTC()).retry(List.of(pushOf(data.acmeDraft).getId()));
            JsonNode online = push(server, 0);

            assertThat(online.path("pushed").asInt()).isEqualTo(1);
            robot.interact(window::refresh);
            FxWait.until(() -> queue.getText().equals("online · 1 queued")); // the fixture's own failed entry is left
            assertThat(status(data.acmeDraft)).isEqualTo(InvoiceStatus.PUSHED);
            assertThat(pushOf(data.acmeDraft).getState()).isEqualTo(OutboxState.SENT);
            // Every request was the same POST under one Idempotency-Key, and Xero created the invoice once.
            assertThat(xero.created()).isEqualTo(1);
            assertThat(xero.requests.size()).isGreaterThanOrEqualTo(2);
            assertThat(xero.requests).allSatisfy(request -> {
                assertThat(request.getMethod()).isEqualTo("POST");
                assertThat(request.getUrl().encodedPath()).isEqualTo("/api.xro/2.0/Invoices");
            });
            assertThat(xero.requests.stream().map(r -> r.getHeaders().get("Idempotency-Key")).distinct()).hasSize(1);
            assertThat(xero.requests.stream().map(r -> r.getBody().utf8()).distinct()).hasSize(1);
            JsonNode sent = SyncHttp.JSON.readTree(xero.requests.get(0).getBody().utf8()).path("Invoices");
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).path("Contact").path("ContactID").asText()).isEqualTo(TriageFixture.ACME_CONTACT);
        }
    }

    @Test
    void aWriteXeroRefusesIsShownForTheUserToResolveAndNeverSentOverIt(FxRobot robot) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(xero);
            server.start();
            xero.refusal = "Invoice not of valid status for modification";
            approveTheAcmeDraft(robot);

            assertThat(push(server, 0).path("failed").asInt()).isEqualTo(1);
            robot.interact(window::refresh);
            Label queue = robot.lookup("#queueStatus").queryAs(Label.class);
            FxWait.until(() -> queue.getText().equals("online · 1 queued · 1 conflict"));
            ListView<OutboxConflicts.Conflict> conflicts = robot.lookup("#conflicts").queryListView();
            FxWait.until(() -> conflicts.getItems().size() == 1);
            assertThat(conflicts.getItems().get(0).describe()).startsWith("Invoice for Acme Dental Pty Ltd 2026-11 → Xero: ")
                    .endsWith("Invoice not of valid status for modification");
            assertThat(robot.lookup("#conflictBox").query().isVisible()).isTrue();

            assertThat(push(server, 0).path("calls").asInt()).as("a refused write is not sent again by itself").isZero();
            assertThat(xero.requests).hasSize(1);

            robot.interact(() -> conflicts.getSelectionModel().select(0));
            FxWait.clickOn(robot, "#dropConflict");
            FxWait.until(() -> queue.getText().equals("online · 1 queued"));
            FxWait.until(() -> !robot.lookup("#conflictBox").query().isVisible());
            assertThat(robot.lookup("#message").queryAs(Label.class).getText())
                    .isEqualTo("Invoice for Acme Dental Pty Ltd 2026-11: not sent; Xero keeps its version.");
            assertThat(pushOf(data.acmeDraft).getState()).isEqualTo(OutboxState.CANCELLED);
            assertThat(xero.requests).hasSize(1);
        }
    }

    private void approveTheAcmeDraft(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<DraftRow> drafts = table(robot, "#draftsTable");
        FxWait.until(() -> drafts.getItems().size() == 1);
        robot.interact(() -> drafts.getSelectionModel().select(0));
        FxWait.clickOn(robot, "#approveDrafts");
        Label message = robot.lookup("#message").queryAs(Label.class);
        FxWait.until(() -> message.getText().equals("Approved 1 invoice; queued to send."));
        FxWait.until(() -> drafts.getItems().isEmpty());
    }

    /**
     * The outbox delivering approved invoices, as {@code push} (and month-end) runs it on this data dir while the
     * window is open: Xero connected with a fresh token, its API at the stand-in.
     */
    private JsonNode push(MockWebServer server, int expectedExit) throws Exception {
        if (!connected) {
            Integrations.open(workstation.store(), dataDir, Settings.defaultsOnly(), Map.of(), null).connections().connected(
                    ExternalSystem.XERO, StoredCredentials.oauth(new TokenSet("access", "refresh", Instant.now().plusSeconds(3600),
                            null), "xero-desktop-app", null, "tenant-1"), new Tenant("tenant-1", "Southern Triage IT"));
            connected = true;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"--data-dir", dataDir.toString(), "--json", "--set",
                        "xero.apiBaseUrl=" + server.url("/api.xro/2.0"), "push", "--period", TriageFixture.PERIOD.toString()},
                Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), options -> { });
        assertThat(exit).as(err.toString()).isEqualTo(expectedExit);
        return SyncHttp.JSON.readTree(out.toString());
    }

    private InvoiceStatus status(long invoiceId) {
        return workstation.store().read(s -> s.find(GeneratedInvoice.class, invoiceId).getStatus());
    }

    private OutboxEntry pushOf(long invoiceId) {
        return workstation.store().read(s -> s.createSelectionQuery("from OutboxEntry where entityId = :invoice", OutboxEntry.class)
                .setParameter("invoice", invoiceId).getSingleResult());
    }

    /** Xero's POST /Invoices: down (503), refusing every invoice with a validation message, or creating them. */
    private static final class StandInXero extends Dispatcher {
        final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
        private final AtomicInteger created = new AtomicInteger();
        volatile boolean down;
        volatile String refusal;

        int created() {
            return created.get();
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            requests.add(request);
            if (down) {
                return new MockResponse.Builder().code(503).body("{\"Title\":\"Service Unavailable\"}").build();
            }
            try {
                ObjectNode answer = SyncHttp.JSON.createObjectNode();
                ArrayNode invoices = answer.putArray("Invoices");
                for (JsonNode sent : SyncHttp.JSON.readTree(request.getBody().utf8()).path("Invoices")) {
                    ObjectNode invoice = ((ObjectNode) sent).deepCopy();
                    if (refusal != null) {
                        invoice.put("HasErrors", true).put("StatusAttributeString", "ERROR");
                        invoice.putArray("ValidationErrors").addObject().put("Message", refusal);
                    } else {
                        invoice.put("InvoiceID", "xero-" + created.incrementAndGet()).put("InvoiceNumber", "INV-0042")
                                .put("StatusAttributeString", "OK");
                    }
                    invoices.add(invoice);
                }
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(answer.toString()).build();
            } catch (java.io.IOException e) {
                return new MockResponse.Builder().code(400).body("{\"Message\":\"not JSON\"}").build();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }
}
