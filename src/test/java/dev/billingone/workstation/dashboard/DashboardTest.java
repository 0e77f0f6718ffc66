package dev.billingone.workstation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.billing.NewInvoiceLine;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.reconcile.MissedBillingItem;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import dev.billingone.workstation.sync.SyncCursor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiles and AR aging from exact data as of 2026-12-15. */
class DashboardTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    @TempDir
    Path dir;

    @Test
    void countsWhatNeedsAttentionAndAgesReceivables() {
        try (Store store = Store.open(TestDatabases.h2(dir))) {
            store.write(this::fixture);
            DashboardSnapshot snapshot = new Dashboard(store).snapshot(TODAY);
            Map<String, AttentionTile> tiles = snapshot.tiles().stream().collect(Collectors.toMap(AttentionTile::title, Function.identity()));

            assertThat(tiles.get("Missed billing").count()).isEqualTo(2);           // open + snooze due today
            assertThat(tiles.get("Missed billing").amount()).isEqualByComparingTo("65.00");
            assertThat(tiles.get("Missed billing").path()).isEqualTo("missed-billing");
            assertThat(tiles.get("Drafts awaiting approval").count()).isEqualTo(1);
            assertThat(tiles.get("Drafts awaiting approval").amount()).isEqualByComparingTo("110.00");
            assertThat(tiles.get("Sync errors").count()).isEqualTo(2);
            assertThat(tiles.get("Sync errors").detail()).isEqualTo("1 writes queued");
            assertThat(tiles.get("Unmapped records").count()).isEqualTo(1);
            assertThat(tiles.get("Renewals due").count()).isEqualTo(1);

            assertThat(snapshot.currency()).isEqualTo("AUD");
            assertThat(snapshot.outstanding()).isEqualByComparingTo("1111.00");
            assertThat(snapshot.aging()).containsEntry(AgingBucket.CURRENT, new BigDecimal("1.00"))
                    .containsEntry(AgingBucket.DAYS_1_30, new BigDecimal("10.00"))
                    .containsEntry(AgingBucket.DAYS_31_60, new BigDecimal("100.00"))
                    .containsEntry(AgingBucket.DAYS_61_90, new BigDecimal("0.00"))
                    .containsEntry(AgingBucket.OVER_90, new BigDecimal("1000.00"));
            assertThat(snapshot.topOverdue()).extracting(DashboardSnapshot.OverdueClient::name)
                    .containsExactly("Slow Payer Ltd", "Unmapped Contact");
            assertThat(snapshot.topOverdue().get(0).overdue()).isEqualByComparingTo("1010.00");
            assertThat(snapshot.topOverdue().get(0).oldestDays()).isEqualTo(105);
        }
    }

    private void fixture(Session session) {
        Organization org = new Organization();
        org.setName("Acme IT");
        org.setSlug("acme");
        org.setBaseCurrency("AUD");
        session.persist(org);
        Client client = new Client();
        client.setName("Slow Payer Ltd");
        client.setCurrency("AUD");
        session.persist(client);
        account(session, "c-slow", "Slow Payer Ltd", client.getId());
        account(session, "c-unmapped", "Unmapped Contact", null);

        dev.billingone.workstation.catalog.Product product = new dev.billingone.workstation.catalog.Product();
        product.setSku("X");
        product.setName("X");
        product.setCurrency("AUD");
        session.persist(product);
        missed(session, client, product.getId(), MissedBillingStatus.OPEN, null, "2026-10", "40.00");
        missed(session, client, product.getId(), MissedBillingStatus.SNOOZED, TODAY, "2026-09", "25.00");
        missed(session, client, product.getId(), MissedBillingStatus.SNOOZED, TODAY.plusDays(1), "2026-08", "99.00");
        missed(session, client, product.getId(), MissedBillingStatus.DISMISSED, null, "2026-07", "99.00");
        DraftInvoices.addLine(session, client.getId(), Period.of(2026, 12), new NewInvoiceLine(null, null, "Support", BigDecimal.ONE,
                new BigDecimal("100.00"), null, "OUTPUT", null, null, null, LineSource.MANUAL, null));

        outbox(session, "o1", OutboxState.FAILED);
        outbox(session, "o2", OutboxState.PENDING);
        outbox(session, "o3", OutboxState.SENT);
        SyncCursor cursor = new SyncCursor();
        cursor.setSystem(ExternalSystem.XERO);
        cursor.setResource("invoices");
        cursor.setTenant("t");
        cursor.setLastError("401 Unauthorized");
        session.persist(cursor);

        contract(session, client, TODAY.plusDays(10));
        contract(session, client, TODAY.plusDays(40));

        invoice(session, "c-slow", TODAY.plusDays(3), "AUTHORISED", "1.00");          // current
        invoice(session, "c-slow", TODAY.minusDays(5), "AUTHORISED", "10.00");        // 1–30
        invoice(session, "c-unmapped", TODAY.minusDays(45), "AUTHORISED", "100.00");  // 31–60
        invoice(session, "c-slow", TODAY.minusDays(105), "AUTHORISED", "1000.00");    // 90+
        invoice(session, "c-slow", TODAY.minusDays(200), "PAID", "0.00");
        invoice(session, "c-slow", TODAY.minusDays(200), "VOIDED", "5000.00");
    }

    private static void account(Session session, String id, String name, Long clientId) {
        ExternalAccount account = new ExternalAccount();
        account.setSystem(ExternalSystem.XERO);
        account.setExternalId(id);
        account.setName(name);
        account.setClientId(clientId);
        session.persist(account);
    }

    private static void missed(Session session, Client client, Long productId, MissedBillingStatus status, LocalDate until,
                               String period, String shortfall) {
        MissedBillingItem item = new MissedBillingItem();
        item.setClientId(client.getId());
        item.setProductId(productId);
        item.setPeriod(period);
        item.setSource("SUBSCRIPTION");
        item.setExpectedQuantity(BigDecimal.ONE);
        item.setBilledQuantity(BigDecimal.ZERO);
        item.setExpectedAmount(new BigDecimal(shortfall));
        item.setBilledAmount(BigDecimal.ZERO);
        item.setCurrency("AUD");
        item.setStatus(status);
        item.setSnoozeUntil(until);
        session.persist(item);
    }

    private static void outbox(Session session, String key, OutboxState state) {
        OutboxEntry entry = new OutboxEntry();
        entry.setSystem(ExternalSystem.XERO);
        entry.setOperation("create-invoice");
        entry.setEntityType("generated_invoice");
        entry.setEntityId(1L);
        entry.setIdempotencyKey(key);
        entry.setState(state);
        entry.setNextAttemptAt(Instant.now());
        session.persist(entry);
    }

    private static void contract(Session session, Client client, LocalDate end) {
        Contract contract = new Contract();
        contract.setClientId(client.getId());
        contract.setName("MSA " + end);
        contract.setStatus(ContractStatus.ACTIVE);
        contract.setStartDate(LocalDate.of(2025, 1, 1));
        contract.setEndDate(end);
        session.persist(contract);
    }

    private static void invoice(Session session, String contact, LocalDate due, String status, String amountDue) {
        InvoiceSnapshot invoice = new InvoiceSnapshot();
        invoice.setSystem(ExternalSystem.XERO);
        invoice.setExternalId("inv-" + contact + due + status);
        invoice.setContactExternalId(contact);
        invoice.setIssueDate(due.minusDays(14));
        invoice.setDueDate(due);
        invoice.setStatus(status);
        invoice.setCurrency("AUD");
        invoice.setSubtotal(BigDecimal.ZERO);
        invoice.setTotalTax(BigDecimal.ZERO);
        invoice.setTotal(new BigDecimal(amountDue));
        invoice.setAmountDue(new BigDecimal(amountDue));
        invoice.setAmountPaid(BigDecimal.ZERO);
        session.persist(invoice);
    }
}
