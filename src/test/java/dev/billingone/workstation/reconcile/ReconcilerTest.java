package dev.billingone.workstation.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.billing.NewInvoiceLine;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import dev.billingone.workstation.subscriptions.BillingTerm;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Each status and rule of {@link Reconciler}, worked out by hand for November 2026 (30 days). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconcilerTest {
    static final Period NOVEMBER = Period.of(2026, 11);
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 3);

    Store store;
    Reconciliation result;

    @BeforeAll
    void reconcileFixture(@TempDir Path dir) {
        store = Store.open(TestDatabases.h2(dir));
        store.write(session -> {
            Fixtures f = new Fixtures(session);
            f.organization("Acme IT");
            Product m365 = f.product("M365-BP", "20.00");
            Product defender = f.product("DEF-P1", "15.00");
            Product rmm = f.deviceProduct("RMM-WS", "5.00", "WORKSTATION");
            f.product("UNUSED", "9.00");

            Client matched = f.client("Matched Pty Ltd");
            f.monthly(matched, m365, "10", "20.00");
            f.line(f.billed(matched, ISSUED, "AUTHORISED"), "M365-BP", "10", "200.00", "20.00");

            Client under = f.client("Under Co");
            f.monthly(under, m365, "12", "20.00");
            InvoiceSnapshot underInvoice = f.billed(under, ISSUED, "PAID");
            f.line(underInvoice, "M365-BP", "10", "200.00", "20.00");
            f.line(underInvoice, "LABOUR", "2", "300.00", "30.00");
            f.line(f.billed(under, ISSUED, "VOIDED"), "M365-BP", "2", "40.00", "4.00");

            Client over = f.client("Over Ltd");
            f.monthly(over, m365, "5", "20.00");
            f.line(f.billed(over, ISSUED, "SUBMITTED"), "m365-bp", "6", "120.00", "12.00");

            Client unbilled = f.client("Zoë Müller & Søn");
            f.monthly(unbilled, defender, "3", "15.00");

            f.subscription("pax8-unknown", "vp-M365-BP", "7", "20.00", BillingTerm.Monthly, LocalDate.of(2025, 1, 1), null);
            f.account(ExternalSystem.PAX8, "pax8-unmapped", "Harbour Dental (Pax8)", null);
            f.subscription("pax8-unmapped", "vp-M365-BP", "4", "20.00", BillingTerm.Monthly, LocalDate.of(2025, 1, 1), null);
            Client mappedClient = f.client("Product Unmapped Inc");
            f.vendorProduct("vp-new", "Copilot", null);
            f.subscription("pax8-" + mappedClient.getName(), "vp-new", "2", "45.00", BillingTerm.Monthly, LocalDate.of(2025, 1, 1), null);

            Client prorated = f.client("Prorated Pty Ltd");
            f.subscription("pax8-" + prorated.getName(), "vp-M365-BP", "10", "30.00", BillingTerm.Monthly,
                    LocalDate.of(2026, 11, 16), null);
            f.subscription("pax8-" + prorated.getName(), "vp-DEF-P1", "6", "15.00", BillingTerm.Monthly,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 10));
            f.subscription("pax8-" + prorated.getName(), "vp-DEF-P1", "1", "15.00", BillingTerm.Monthly,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 31));

            Client annual = f.client("Annual Term Co");
            f.subscription("pax8-" + annual.getName(), "vp-M365-BP", "4", "240.00", BillingTerm.Annual, LocalDate.of(2026, 3, 1), null);
            f.line(f.xeroInvoice("xero-" + annual.getName(), ISSUED, "AUTHORISED", LineAmountTypes.Inclusive), "M365-BP", "4", "88.00", "8.00");

            Client devices = f.client("Device Shop");
            f.devices(devices, "WORKSTATION", 30, LocalDate.of(2026, 10, 31));
            f.devices(devices, "WORKSTATION", 40, LocalDate.of(2026, 11, 28));
            f.devices(devices, "WORKSTATION", 99, LocalDate.of(2026, 12, 2));
            f.line(f.billed(devices, ISSUED, "AUTHORISED"), "RMM-WS", "35", "175.00", "17.50");

            Client contracted = f.client("Contract Co");
            f.monthly(contracted, m365, "12", "20.00");
            f.contract(contracted, m365, "10", "25.00");
            f.line(f.billed(contracted, ISSUED, "AUTHORISED"), "M365-BP", "10", "250.00", "25.00");

            Client generated = f.client("Generated Co");
            f.monthly(generated, defender, "4", "15.00");
            DraftInvoices.addLine(session, generated.getId(), NOVEMBER, new NewInvoiceLine(defender.getId(), "DEF-P1", "Defender",
                    new BigDecimal("4"), new BigDecimal("15.00"), null, "OUTPUT", null, null, null, LineSource.SUBSCRIPTION, null));
            GeneratedInvoice pushedTwice = DraftInvoices.openDraft(session, f.client("Pushed Co").getId(), NOVEMBER);
            Client pushedClient = session.find(Client.class, pushedTwice.getClientId());
            f.monthly(pushedClient, defender, "2", "15.00");
            DraftInvoices.addLine(session, pushedClient.getId(), NOVEMBER, new NewInvoiceLine(defender.getId(), "DEF-P1", "Defender",
                    new BigDecimal("2"), new BigDecimal("15.00"), null, null, null, null, null, LineSource.SUBSCRIPTION, null));
            InvoiceSnapshot synced = f.billed(pushedClient, ISSUED, "AUTHORISED");
            f.line(synced, "DEF-P1", "2", "30.00", "3.00");
            pushedTwice.setStatus(InvoiceStatus.PUSHED);
            pushedTwice.setTargetSystem(ExternalSystem.XERO);
            pushedTwice.setExternalId(synced.getExternalId());
        });
        result = new ReconciliationService(store, null).reconcile(NOVEMBER);
    }

    @AfterAll
    void close() {
        store.close();
    }

    private ReconciliationRow row(String client, String sku) {
        return result.rows().stream().filter(r -> r.clientName().equals(client) && r.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + client + " / " + sku + " in " + result.rows()));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void matchedWhenBilledAmountEqualsSold() {
        ReconciliationRow row = row("Matched Pty Ltd", "M365-BP");
        assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCHED);
        assertThat(row.soldAmount()).isEqualByComparingTo("200.00");
        assertThat(row.billedAmount()).isEqualByComparingTo("200.00");
        assertThat(row.amountVariance()).isZero();
    }

    @Test
    void underBilledCountsOnlyAuthorisedOrPaidInvoicesAndSkipsUnreconciledProducts() {
        ReconciliationRow row = row("Under Co", "M365-BP");
        assertThat(row.status()).isEqualTo(ReconciliationStatus.UNDER_BILLED);
        assertThat(row.billedQuantity()).isEqualByComparingTo("10");
        assertThat(row.amountVariance()).isEqualByComparingTo("40.00");
        assertThat(row.quantityVariance()).isEqualByComparingTo("2");
        assertThat(result.rows()).noneMatch(r -> "LABOUR".equals(r.sku()) && "Under Co".equals(r.clientName()));
    }

    @Test
    void overBilledMatchesItemCodesCaseInsensitively() {
        ReconciliationRow row = row("Over Ltd", "M365-BP");
        assertThat(row.status()).isEqualTo(ReconciliationStatus.OVER_BILLED);
        assertThat(row.amountVariance()).isEqualByComparingTo("-20.00");
    }

    @Test
    void unbilledWhenNothingWasBilled() {
        ReconciliationRow row = row("Zoë Müller & Søn", "DEF-P1");
        assertThat(row.status()).isEqualTo(ReconciliationStatus.UNBILLED);
        assertThat(row.expectedAmount()).isEqualByComparingTo("45.00");
    }

    @Test
    void unmappedCompaniesAndProductsCannotBeJudged() {
        ReconciliationRow noAccount = row("pax8-unknown", "M365-BP");
        ReconciliationRow unmappedAccount = row("Harbour Dental (Pax8)", "M365-BP");
        ReconciliationRow unmappedProduct = row("Product Unmapped Inc", "vp-new");
        assertThat(java.util.List.of(noAccount, unmappedAccount, unmappedProduct))
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(ReconciliationStatus.UNMAPPED);
                    assertThat(r.amountVariance()).isZero();
                    assertThat(r.note()).isNotBlank();
                });
        assertThat(unmappedAccount.soldAmount()).isEqualByComparingTo("80.00");
        assertThat(unmappedProduct.productName()).isEqualTo("Copilot");
        assertThat(unmappedProduct.clientId()).isNotNull();
    }

    @Test
    void midPeriodStartsAndCancellationsAreProratedByDay() {
        ReconciliationRow started = row("Prorated Pty Ltd", "M365-BP");
        assertThat(started.soldQuantity()).isEqualByComparingTo("5");        // 10 seats × 15/30 days
        assertThat(started.soldAmount()).isEqualByComparingTo("150.00");
        ReconciliationRow cancelled = row("Prorated Pty Ltd", "DEF-P1");
        assertThat(cancelled.soldQuantity()).isEqualByComparingTo("2");      // 6 seats × 10/30; the October one not at all
        assertThat(cancelled.soldAmount()).isEqualByComparingTo("30.00");
        assertThat(cancelled.status()).isEqualTo(ReconciliationStatus.UNBILLED);
    }

    @Test
    void annualTermComparesAtOneTwelfthAndInclusiveInvoicesCountNetOfTax() {
        ReconciliationRow row = row("Annual Term Co", "M365-BP");
        assertThat(row.soldAmount()).isEqualByComparingTo("80.00");         // 4 × 240 / 12
        assertThat(row.billedAmount()).isEqualByComparingTo("80.00");       // 88.00 inclusive − 8.00 tax
        assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCHED);
    }

    @Test
    void perDeviceProductsUseTheLatestSnapshotOfThePeriod() {
        ReconciliationRow row = row("Device Shop", "RMM-WS");
        assertThat(row.soldQuantity()).isEqualByComparingTo("40");
        assertThat(row.expectedAmount()).isEqualByComparingTo("200.00");
        assertThat(row.amountVariance()).isEqualByComparingTo("25.00");
        assertThat(row.status()).isEqualTo(ReconciliationStatus.UNDER_BILLED);
        assertThat(row.sources()).anyMatch(s -> s.kind() == SourceRecord.Kind.DEVICES && s.quantity().compareTo(dec("40")) == 0);
    }

    @Test
    void usageAboveTheContractIsExpectedAtTheContractPrice() {
        ReconciliationRow row = row("Contract Co", "M365-BP");
        assertThat(row.contractedAmount()).isEqualByComparingTo("250.00");
        assertThat(row.expectedQuantity()).isEqualByComparingTo("12");
        assertThat(row.expectedAmount()).isEqualByComparingTo("300.00");
        assertThat(row.amountVariance()).isEqualByComparingTo("50.00");
    }

    @Test
    void generatedInvoicesCountAsBilledAndPushedOnesOnlyOnce() {
        assertThat(row("Generated Co", "DEF-P1").status()).isEqualTo(ReconciliationStatus.MATCHED);
        ReconciliationRow pushed = row("Pushed Co", "DEF-P1");
        assertThat(pushed.billedAmount()).isEqualByComparingTo("30.00");
        assertThat(pushed.status()).isEqualTo(ReconciliationStatus.MATCHED);
    }

    @Test
    void productsNeitherSoldNorBilledHaveNoRow() {
        assertThat(result.rows()).noneMatch(r -> r.sku().equals("UNUSED"));
    }

    @Test
    void totalsAreSumsOfRowsAndVarianceLeavesOutUnmappedRows() {
        Totals totals = result.totals();
        assertThat(totals.rows()).isEqualTo(result.rows().size());
        BigDecimal judgedExpected = result.rows().stream().filter(ReconciliationRow::isMapped)
                .map(ReconciliationRow::expectedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal judgedBilled = result.rows().stream().filter(ReconciliationRow::isMapped)
                .map(ReconciliationRow::billedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totals.variance()).isEqualByComparingTo(judgedExpected.subtract(judgedBilled));
        // 40 under + 45 unbilled + 150 + 30 prorated + 25 devices + 50 contract − 20 over
        assertThat(totals.variance()).isEqualByComparingTo("320.00");
        assertThat(result.missed().variance()).isEqualByComparingTo("340.00");
    }
}
