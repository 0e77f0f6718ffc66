package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.contracts.BillingFrequency;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InvoiceGeneratorTest extends BillingStoreTest {
    private static final Period NOV = Period.of(2026, 11);
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A client with a contract (one seat line, one per-device line) and a Pax8 subscription priced by the contract. */
    private long clientWithEverything() {
        int n = SEQ.incrementAndGet();
        return store.inTransaction(s -> {
            Client client = BillingFixture.client(s, "Client " + n);
            Product support = BillingFixture.product(s, "SUP-" + n, "120.00");
            Product m365 = BillingFixture.product(s, "M365-" + n, "30.00");
            Product rmm = BillingFixture.deviceProduct(s, "RMM-" + n, "4.50", "WORKSTATION");
            Contract contract = BillingFixture.contract(s, client, LocalDate.of(2026, 1, 1), null);
            BillingFixture.contractLine(s, contract, support, "1", null);
            BillingFixture.contractLine(s, contract, m365, "0", "27.50").setDiscountPct(new BigDecimal("10"));
            BillingFixture.contractLine(s, contract, rmm, "0", null);
            BillingFixture.pax8Company(s, client, "co-" + n);
            BillingFixture.vendorProduct(s, "vp-" + n, m365);
            // Started on the 14th: 17 of 30 days of November.
            BillingFixture.subscription(s, "sub-" + n, "co-" + n, "vp-" + n, "12", LocalDate.of(2026, 11, 14), null);
            BillingFixture.devices(s, client, "WORKSTATION", 9, LocalDate.of(2026, 10, 31));
            BillingFixture.devices(s, client, "WORKSTATION", 11, LocalDate.of(2026, 11, 28));
            BillingFixture.devices(s, client, "WORKSTATION", 99, LocalDate.of(2026, 12, 2));
            return client.getId();
        });
    }

    private GenerationResult generate(long clientId, boolean dry) {
        return new InvoiceGenerator(store).generate(new GenerationRequest(NOV, List.of(clientId), dry), GenerationListener.NONE);
    }

    private List<GeneratedInvoice> invoices(long clientId) {
        return store.read(s -> s.createSelectionQuery("from GeneratedInvoice where clientId = :c order by id",
                GeneratedInvoice.class).setParameter("c", clientId).getResultList());
    }

    private List<GeneratedInvoiceLine> lines(long invoiceId) {
        return store.read(s -> DraftInvoices.lines(s, invoiceId));
    }

    @Test
    void billsSubscriptionsAtTheContractPriceProratedContractLinesAndDevices() {
        long clientId = clientWithEverything();

        GenerationResult result = generate(clientId, false);

        assertThat(result.created()).isEqualTo(1);
        GeneratedInvoice invoice = invoices(clientId).get(0);
        List<GeneratedInvoiceLine> lines = lines(invoice.getId());
        assertThat(lines).extracting(GeneratedInvoiceLine::getSource)
                .containsExactly(LineSource.SUBSCRIPTION, LineSource.CONTRACT, LineSource.DEVICE);
        GeneratedInvoiceLine m365 = lines.get(0);
        // 27.50 × 17/30 = 15.5833 → 15.58; 12 × 15.58 × 90% = 168.264 → 168.26
        assertThat(m365.getUnitPrice()).isEqualByComparingTo("15.58");
        assertThat(m365.getQuantity()).isEqualByComparingTo("12");
        assertThat(m365.getLineAmount()).isEqualByComparingTo("168.26");
        assertThat(m365.getDescription()).contains("14 Nov 2026 – 30 Nov 2026", "prorated");
        assertThat(lines.get(1).getLineAmount()).isEqualByComparingTo("120.00");
        // latest device count up to 30 Nov: 11 × 4.50
        assertThat(lines.get(2).getQuantity()).isEqualByComparingTo("11");
        assertThat(lines.get(2).getLineAmount()).isEqualByComparingTo("49.50");
        // tax 16.83 + 12.00 + 4.95
        assertThat(invoice.getSubtotal()).isEqualByComparingTo("337.76");
        assertThat(invoice.getTotalTax()).isEqualByComparingTo("33.78");
        assertThat(invoice.getTotal()).isEqualByComparingTo("371.54");
        assertThat(invoice.getIssueDate()).isEqualTo(NOV.firstDay());
        assertThat(invoice.getDueDate()).isEqualTo(NOV.firstDay().plusDays(14));
        assertThat(result.totals()).containsEntry("AUD", new BigDecimal("371.54"));
        assertThat(result.lines()).isEqualTo(3);
    }

    /** Annual prices are for the year (as reconciliation and the catalog read them): billed once, never × 12. */
    @Test
    void billsAnAnnualTermAtItsYearlyPriceInItsRenewalMonthAndProratesAPartYear() {
        int n = SEQ.incrementAndGet();
        long clientId = store.inTransaction(s -> {
            Client client = BillingFixture.client(s, "Annual client " + n);
            Product upfront = BillingFixture.product(s, "TEAMS-AU-" + n, "689.70");
            Product hosting = BillingFixture.product(s, "HOST-YR-" + n, "1200.00");
            BillingFixture.pax8Company(s, client, "co-" + n);
            BillingFixture.vendorProduct(s, "vp-" + n, upfront);
            BillingFixture.subscription(s, "sub-" + n, "co-" + n, "vp-" + n, "3", LocalDate.of(2025, 11, 1), null)
                    .setBillingTerm(BillingTerm.Annual);
            // A yearly contract line that ends after four of the twelve months it would renew for.
            Contract contract = BillingFixture.contract(s, client, LocalDate.of(2025, 11, 1), LocalDate.of(2027, 2, 28));
            BillingFixture.contractLine(s, contract, hosting, "1", null).setBillingFrequency(BillingFrequency.ANNUAL);
            return client.getId();
        });

        generate(clientId, false);

        List<GeneratedInvoiceLine> lines = lines(invoices(clientId).get(0).getId());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getUnitPrice()).isEqualByComparingTo("689.70");
        assertThat(lines.get(0).getLineAmount()).isEqualByComparingTo("2069.10");
        assertThat(lines.get(0).getDescription()).contains("1 Nov 2026 – 31 Oct 2027");
        // Nov–Feb of a year: 4/12 × 1200.00
        assertThat(lines.get(1).getUnitPrice()).isEqualByComparingTo("400.00");
        assertThat(lines.get(1).getDescription()).contains("prorated");
    }

    @Test
    void rerunIsUnchangedThenUpdatesOnlyWhatChangedAndKeepsAppliedMissedBilling() {
        long clientId = clientWithEverything();
        generate(clientId, false);
        GeneratedInvoiceLine missed = store.inTransaction(s -> DraftInvoices.addLine(s, clientId, NOV,
                new NewInvoiceLine(null, null, "Missed: 2 seats in October", new BigDecimal("2"), new BigDecimal("27.50"),
                        BigDecimal.ZERO, "OUTPUT", "200", null, null, LineSource.MISSED_BILLING, "missed:1")));
        long versionBefore = invoices(clientId).get(0).getVersion();

        GenerationResult again = generate(clientId, false);

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(invoices(clientId)).hasSize(1).first().extracting(GeneratedInvoice::getVersion).isEqualTo(versionBefore);

        store.write(s -> s.createSelectionQuery("from Subscription where companyExternalId = :c", Subscription.class)
                .setParameter("c", "co-" + (SEQ.get())).getSingleResult().setQuantity(new BigDecimal("15")));
        GenerationResult changed = generate(clientId, false);

        assertThat(changed.updated()).isEqualTo(1);
        List<GeneratedInvoice> invoices = invoices(clientId);
        assertThat(invoices).hasSize(1);
        List<GeneratedInvoiceLine> lines = lines(invoices.get(0).getId());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).getQuantity()).isEqualByComparingTo("15");
        assertThat(lines.get(3).getId()).isEqualTo(missed.getId());
        assertThat(lines).extracting(GeneratedInvoiceLine::getLineNo).containsExactly(1, 2, 3, 4);
    }

    @Test
    void approvedInvoicesAreNeverChangedTheDifferenceBecomesAnAdjustmentDraft() {
        long clientId = clientWithEverything();
        generate(clientId, false);
        GeneratedInvoice approved = invoices(clientId).get(0);
        store.write(s -> s.find(GeneratedInvoice.class, approved.getId()).setStatus(InvoiceStatus.PUSHED));
        store.write(s -> BillingFixture.devices(s, s.find(Client.class, clientId), "WORKSTATION", 14, LocalDate.of(2026, 11, 30)));

        GenerationResult result = generate(clientId, false);
        GenerationResult rerun = generate(clientId, false);

        assertThat(result.adjusted()).isEqualTo(1);
        assertThat(rerun.unchanged()).isEqualTo(1);
        List<GeneratedInvoice> invoices = invoices(clientId);
        assertThat(invoices).hasSize(2);
        assertThat(invoices.get(0).getVersion()).isEqualTo(approved.getVersion() + 1);
        assertThat(invoices.get(0).getTotal()).isEqualByComparingTo(approved.getTotal());
        GeneratedInvoice adjustment = invoices.get(1);
        assertThat(adjustment.getKind()).isEqualTo(InvoiceKind.ADJUSTMENT);
        assertThat(adjustment.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
        List<GeneratedInvoiceLine> delta = lines(adjustment.getId());
        assertThat(delta).singleElement().satisfies(line -> {
            assertThat(line.getQuantity()).isEqualByComparingTo("3");
            assertThat(line.getLineAmount()).isEqualByComparingTo("13.50");
            assertThat(line.getDescription()).startsWith("Change: ");
        });
    }

    @Test
    void oneClientsBadDataParksItAndTheRestProceed() {
        long good = clientWithEverything();
        long bad = store.inTransaction(s -> {
            Client client = BillingFixture.client(s, "Unmapped Pty");
            BillingFixture.pax8Company(s, client, "co-unmapped");
            BillingFixture.vendorProduct(s, "vp-unmapped", null).setName("Azure Plan");
            BillingFixture.subscription(s, "sub-unmapped", "co-unmapped", "vp-unmapped", "3", LocalDate.of(2026, 1, 1), null);
            return client.getId();
        });
        long unpriced = store.inTransaction(s -> {
            Client client = BillingFixture.client(s, "Unpriced Pty");
            Contract contract = BillingFixture.contract(s, client, LocalDate.of(2026, 1, 1), null);
            BillingFixture.contractLine(s, contract, BillingFixture.product(s, "NOPRICE", null), "1", null);
            return client.getId();
        });

        GenerationResult result = new InvoiceGenerator(store).generate(
                new GenerationRequest(NOV, List.of(good, bad, unpriced), false), GenerationListener.NONE);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.parked()).extracting(ClientReview::clientName).containsExactlyInAnyOrder("Unmapped Pty", "Unpriced Pty");
        assertThat(result.parked()).extracting(ClientReview::parkedReason).anySatisfy(reason ->
                assertThat(reason).contains("Azure Plan", "not mapped", "Catalog"));
        assertThat(result.parked()).extracting(ClientReview::parkedReason).anySatisfy(reason ->
                assertThat(reason).contains("NOPRICE has no price"));
        assertThat(invoices(bad)).isEmpty();
    }

    @Test
    void dryRunWritesNothingAndShowsTheDifferenceFromLastMonth() {
        long clientId = clientWithEverything();
        new InvoiceGenerator(store).generate(new GenerationRequest(NOV.previous(), List.of(clientId), false), GenerationListener.NONE);

        GenerationResult dry = generate(clientId, true);

        assertThat(dry.created()).isEqualTo(1);
        long stored = store.read(s -> s.createSelectionQuery("select count(*) from GeneratedInvoice where clientId = :c and period = :p",
                Long.class).setParameter("c", clientId).setParameter("p", NOV.toString()).getSingleResult());
        assertThat(stored).isZero();
        ClientReview review = dry.reviews().get(0);
        // October: no subscription yet (starts 14 Nov), 9 devices; November: new M365 line, devices 9 → 11.
        assertThat(review.changes()).extracting(ClientReview.LineChange::kind)
                .containsExactlyInAnyOrder(ClientReview.ChangeKind.NEW, ClientReview.ChangeKind.CHANGED);
        assertThat(review.previousTotal()).isEqualByComparingTo("176.55");
        assertThat(review.delta()).isEqualByComparingTo("194.99");
    }
}
