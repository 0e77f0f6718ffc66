package dev.billingone.workstation.triage;

import static dev.billingone.workstation.triage.TriageFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The triage reads against every backend: one subclass per database. */
abstract class TriageQueriesContractTest {
    private Store store;
    private TriageFixture data;

    protected abstract DatabaseTarget target();

    @BeforeEach
    void seed() {
        store = Store.open(target());
        data = TriageFixture.seed(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void homeCountsOpenAndExpiredSnoozesPerCurrencyDraftsErrorsAndRenewals() {
        AttentionCounts counts = NeedsAttention.count(store, TODAY);

        assertThat(counts.missedBilling()).isEqualTo(3);
        assertThat(counts.missedAmount().perCurrency()).containsExactly(Money.of("322.00", "AUD"), Money.of("40.00", "NZD"));
        assertThat(counts.missedAmount().describe()).isEqualTo("AUD 322.00 + NZD 40.00");
        assertThat(counts.draftsAwaitingApproval()).isEqualTo(1);
        assertThat(counts.draftsTotal().perCurrency()).containsExactly(Money.of("418.00", "AUD"));
        assertThat(counts.syncErrors()).isEqualTo(1);
        assertThat(counts.renewalsDue()).isEqualTo(1);
        assertThat(counts.nothingToDo()).isFalse();
    }

    @Test
    void aSnoozeThatRunsOutTomorrowIsNotDueToday() {
        assertThat(NeedsAttention.count(store, TODAY.plusDays(7)).missedBilling()).isEqualTo(4);
        assertThat(NeedsAttention.count(store, TODAY.plusDays(6)).missedBilling()).isEqualTo(3);
    }

    @Test
    void missedBillingListIsLargestFirstAndNarrowsToOneClient() {
        assertThat(TriageLists.missedBilling(store, TODAY, OptionalLong.empty()))
                .extracting(MissedBillingRow::clientName, MissedBillingRow::sku, r -> r.missedAmount().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Acme Dental Pty Ltd", "M365-BP", Money.of("297.00", "AUD").toString()),
                        org.assertj.core.groups.Tuple.tuple("Beta Logistics", "M365-BP", Money.of("40.00", "NZD").toString()),
                        org.assertj.core.groups.Tuple.tuple("Acme Dental Pty Ltd", "DEF-EP", Money.of("25.00", "AUD").toString()));
        assertThat(TriageLists.missedBilling(store, TODAY, OptionalLong.of(data.beta)))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.status()).isEqualTo(MissedBillingStatus.SNOOZED);
                    assertThat(row.missingQuantity()).isEqualByComparingTo("1");
                });
    }

    @Test
    void draftsListHasTotalsAndLineCounts() {
        assertThat(TriageLists.drafts(store, OptionalLong.empty())).singleElement().satisfies(draft -> {
            assertThat(draft.id()).isEqualTo(data.acmeDraft);
            assertThat(draft.lines()).isEqualTo(2);
            assertThat(draft.subtotal()).isEqualTo(Money.of("380.00", "AUD"));
            assertThat(draft.tax()).isEqualTo(Money.of("38.00", "AUD"));
            assertThat(draft.total()).isEqualTo(Money.of("418.00", "AUD"));
        });
        assertThat(TriageLists.drafts(store, OptionalLong.of(data.beta))).isEmpty();
    }

    @Test
    void clientScopeListsActiveClientsAndShowsOneClientsInvoicesAndVariance() {
        assertThat(ClientScope.clients(store)).extracting(ClientChoice::name)
                .containsExactly("Acme Dental Pty Ltd", "Beta Logistics");

        ClientScope.View acme = ClientScope.of(store, data.acme, TODAY);
        assertThat(acme.client().name()).isEqualTo("Acme Dental Pty Ltd");
        assertThat(acme.missedBilling()).hasSize(2);
        assertThat(acme.variance().describe()).isEqualTo("AUD 322.00");
        assertThat(acme.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.source()).isEqualTo("BillingOne");
            assertThat(invoice.status()).isEqualTo("draft");
            assertThat(invoice.total()).isEqualTo(Money.of("418.00", "AUD"));
        });
        assertThat(acme.subscriptions()).isEmpty();
    }
}
