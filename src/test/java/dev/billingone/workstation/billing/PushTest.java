package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.sync.OutboxBatch;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import dev.billingone.workstation.sync.connectors.ConnectedPush;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Approved invoices and credit notes go out through the outbox and the system's push handler: Xero in batches of
 * 50, QBO in batches of 10, per-document refusals kept on the document, external id and number stored.
 */
class PushTest extends BillingStoreTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private final MockXero xero = new MockXero();
    private final MockQbo qbo = new MockQbo();
    private final MockWebServer xeroServer = new MockWebServer();
    private final MockWebServer qboServer = new MockWebServer();

    @BeforeAll
    void startRemotes() throws Exception {
        xeroServer.setDispatcher(xero);
        xeroServer.start();
        qboServer.setDispatcher(qbo);
        qboServer.start();
    }

    @AfterAll
    void stopRemotes() {
        xeroServer.close();
        qboServer.close();
    }

    private ConnectedPush push() {
        Settings settings = Settings.of(new Properties(), Map.of("xero.apiBaseUrl", xeroServer.url("/api.xro/2.0").toString(),
                "qbo.apiBaseUrl", qboServer.url("/v3/company").toString()));
        return new ConnectedPush(store, settings, MockXero.TOKENS);
    }

    /** {@code count} approved invoices for new clients; the first one's contact is refused when {@code oneRefused}. */
    private List<Long> approved(int count, Period period, ExternalSystem system, boolean oneRefused) {
        List<Long> ids = store.inTransaction(s -> {
            Product product = BillingFixture.product(s, "SUP-" + SEQ.incrementAndGet(), "99.95");
            BillingFixture.vendorProduct(s, ExternalSystem.QBO, "item-" + product.getId(), product);
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Client client = BillingFixture.client(s, "Push " + SEQ.incrementAndGet());
                String prefix = oneRefused && i == 0 ? (system == ExternalSystem.QBO ? "inactive-" : "archived-") : "contact-";
                BillingFixture.account(s, system, client, prefix + client.getId());
                GeneratedInvoiceLine line = DraftInvoices.addLine(s, client.getId(), period, new NewInvoiceLine(product.getId(),
                        product.getSku(), "Support", BigDecimal.ONE, new BigDecimal("99.95"), BigDecimal.ZERO, "OUTPUT", "200",
                        null, null, LineSource.MANUAL, null));
                s.find(GeneratedInvoice.class, line.getInvoiceId()).setTargetSystem(system);
                created.add(line.getInvoiceId());
            }
            return created;
        });
        InvoiceLifecycle.Approval approval = store.inTransaction(s -> InvoiceLifecycle.approveAll(s, ids));
        assertThat(approval.refused()).isEmpty();
        return ids;
    }

    private List<GeneratedInvoice> invoices(List<Long> ids) {
        return store.read(s -> ids.stream().map(id -> s.find(GeneratedInvoice.class, id)).toList());
    }

    @Test
    void xeroGetsBatchesOfFiftyIdsAndNumbersAreStoredAndAValidationErrorStaysOnItsInvoice() {
        int callsBefore = xero.calls.get();
        List<Long> ids = approved(120, Period.of(2026, 9), ExternalSystem.XERO, true);

        ConnectedPush.Result result = push().push(() -> false);

        assertThat(result.calls()).isEqualTo(3);
        assertThat(xero.calls.get() - callsBefore).isEqualTo(3);
        assertThat(result.pushed()).isEqualTo(119);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.problem()).isNull();
        List<GeneratedInvoice> invoices = invoices(ids);
        GeneratedInvoice refused = invoices.get(0);
        assertThat(refused.getStatus()).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(refused.getLastError()).contains("The contact is archived");
        assertThat(invoices.subList(1, invoices.size())).allSatisfy(invoice -> {
            assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PUSHED);
            assertThat(invoice.getExternalId()).isNotBlank();
            assertThat(invoice.getInvoiceNumber()).startsWith("INV-");
        });
        OutboxEntry entry = store.read(s -> InvoiceLifecycle.queuedPush(s, refused));
        assertThat(entry.getState()).isEqualTo(OutboxState.REJECTED);
        Map<String, List<OutboxEntry>> batches = store.read(s -> ids.stream()
                        .map(id -> InvoiceLifecycle.queuedPush(s, s.find(GeneratedInvoice.class, id))).toList()).stream()
                .collect(Collectors.groupingBy(OutboxEntry::getBatchKey));
        assertThat(batches).hasSize(3).allSatisfy((key, members) -> {
            assertThat(key).as("derived from the entries").isEqualTo(OutboxBatch.requestKeyOf(members.stream()
                    .sorted(Comparator.comparing(OutboxEntry::getId)).map(OutboxEntry::getIdempotencyKey).toList()));
            assertThat(xero.answers).as("sent as the Idempotency-Key").containsKey(key);
        });

        ConnectedPush.Result again = push().push(() -> false);
        assertThat(again.calls()).isZero();
        assertThat(again.pushed()).isZero();
    }

    @Test
    void anOrganisationBillingFromQuickBooksPushesTenPerBatchRequest() {
        List<Long> ids = approved(23, Period.of(2026, 7), ExternalSystem.QBO, true);

        ConnectedPush.Result result = push().push(() -> false);

        assertThat(result.calls()).isEqualTo(3);
        assertThat(qbo.largestBatch.get()).isEqualTo(10);
        assertThat(result.pushed()).isEqualTo(22);
        assertThat(result.failed()).isEqualTo(1);
        List<GeneratedInvoice> invoices = invoices(ids);
        assertThat(invoices.get(0).getLastError()).contains("The customer is inactive");
        assertThat(invoices.subList(1, invoices.size())).allSatisfy(invoice -> {
            assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PUSHED);
            assertThat(invoice.getExternalId()).isNotBlank();
            assertThat(invoice.getInvoiceNumber()).startsWith("Q-");
        });
        assertThat(qbo.created.get()).isEqualTo(22);
    }

    @Test
    void creditNotesAgainstPushedInvoicesArePushedTheSameWay() {
        List<Long> ids = approved(2, Period.of(2026, 8), ExternalSystem.XERO, false);
        push().push(() -> false);
        CreditNote note = store.inTransaction(s -> CreditNotes.createAgainst(s, ids.get(0), CreditScope.full(),
                CreditNoteReason.CANCELLATION, "Cancelled in August"));
        store.write(s -> CreditNotes.approve(s, note.getId()));

        ConnectedPush.Result result = push().push(() -> false);

        assertThat(result.pushed()).isEqualTo(1);
        CreditNote pushed = store.read(s -> s.find(CreditNote.class, note.getId()));
        assertThat(pushed.getStatus()).isEqualTo(CreditNoteStatus.PUSHED);
        assertThat(pushed.getExternalId()).isNotBlank();
        assertThat(pushed.getCreditNoteNumber()).startsWith("CN-");
    }
}
