package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PushRunnerTest extends BillingStoreTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private final MockXero xero = new MockXero();
    private final MockWebServer server = new MockWebServer();

    @BeforeAll
    void startXero() throws Exception {
        server.setDispatcher(xero);
        server.start();
    }

    @AfterAll
    void stopXero() {
        server.close();
    }

    private PushRunner runner() {
        return new PushRunner(store, new XeroBatchClient(new OkHttpClient(), server.url("/api.xro/2.0").toString(), MockXero.TOKENS));
    }

    /** {@code count} approved invoices for new clients; contacts named archived-… are refused by the mock. */
    private List<Long> approved(int count, Period period, boolean oneArchived) {
        List<Long> ids = store.inTransaction(s -> {
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Client client = BillingFixture.client(s, "Push " + SEQ.incrementAndGet());
                BillingFixture.xeroContact(s, client, (oneArchived && i == 0 ? "archived-" : "contact-") + client.getId());
                created.add(DraftInvoices.addLine(s, client.getId(), period, BillingFixture.manualLine("Support", "1", "99.95", "0"))
                        .getInvoiceId());
            }
            return created;
        });
        InvoiceLifecycle.Approval approval = store.inTransaction(s -> InvoiceLifecycle.approveAll(s, ids));
        assertThat(approval.refused()).isEmpty();
        return ids;
    }

    @Test
    void pushesInBatchesOfFiftyStoresIdsAndNumbersAndKeepsValidationErrorsOnTheInvoice() {
        int callsBefore = xero.calls.get();
        List<Long> ids = approved(120, Period.of(2026, 9), true);

        PushRunner.PushResult result = runner().push(() -> false);

        assertThat(result.calls()).isEqualTo(3);
        assertThat(xero.calls.get() - callsBefore).isEqualTo(3);
        assertThat(result.pushed()).isEqualTo(119);
        assertThat(result.failed()).isEqualTo(1);
        List<GeneratedInvoice> invoices = store.read(s -> ids.stream().map(id -> s.find(GeneratedInvoice.class, id)).toList());
        GeneratedInvoice refused = invoices.get(0);
        assertThat(refused.getStatus()).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(refused.getLastError()).contains("The contact is archived");
        assertThat(invoices.subList(1, invoices.size())).allSatisfy(invoice -> {
            assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PUSHED);
            assertThat(invoice.getExternalId()).isNotBlank();
            assertThat(invoice.getInvoiceNumber()).startsWith("INV-");
        });
        OutboxEntry entry = store.read(s -> InvoiceLifecycle.queuedPush(s, refused));
        assertThat(entry.getState()).isEqualTo(OutboxState.CONFLICT);

        PushRunner.PushResult again = runner().push(() -> false);
        assertThat(again.calls()).isZero();
        assertThat(again.pushed()).isZero();
    }

    @Test
    void creditNotesAgainstPushedInvoicesArePushedTheSameWay() {
        List<Long> ids = approved(2, Period.of(2026, 8), false);
        runner().push(() -> false);
        CreditNote note = store.inTransaction(s -> CreditNotes.createAgainst(s, ids.get(0), CreditScope.full(),
                CreditNoteReason.CANCELLATION, "Cancelled in August"));
        store.write(s -> CreditNotes.approve(s, note.getId()));

        PushRunner.PushResult result = runner().push(() -> false);

        assertThat(result.pushed()).isEqualTo(1);
        CreditNote pushed = store.read(s -> s.find(CreditNote.class, note.getId()));
        assertThat(pushed.getStatus()).isEqualTo(CreditNoteStatus.PUSHED);
        assertThat(pushed.getExternalId()).isNotBlank();
        assertThat(pushed.getCreditNoteNumber()).startsWith("CN-");
    }
}
