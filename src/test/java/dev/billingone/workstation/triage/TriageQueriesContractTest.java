package dev.billingone.workstation.triage;

import static dev.billingone.workstation.triage.TriageFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.util.List;
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

    @Test
    void aTaxTypeChangeReportsTheTotalBeforeAndAfterAndStopsOnceTheDraftIsApproved() {
        DraftDecisions drafts = new DraftDecisions(store);
        List<DraftLineRow> lines = drafts.lines(data.acmeDraft);
        assertThat(lines).extracting(DraftLineRow::lineNo, DraftLineRow::taxType, DraftLineRow::amount)
                .containsExactly(tuple(1, "OUTPUT", Money.of("330.00", "AUD")), tuple(2, "OUTPUT", Money.of("50.00", "AUD")));

        DraftDecisions.TaxChange change = drafts.changeTaxType(lines.get(0).id(), "EXEMPTOUTPUT");

        assertThat(change.totalBefore()).isEqualTo(Money.of("418.00", "AUD"));
        assertThat(change.totalAfter()).isEqualTo(Money.of("385.00", "AUD"));
        assertThat(change.describe()).isEqualTo("Line 1: OUTPUT → EXEMPTOUTPUT · total AUD 418.00 → AUD 385.00 (−33.00)");
        assertThat(TriageLists.drafts(store, OptionalLong.empty()).get(0).total()).isEqualTo(Money.of("385.00", "AUD"));
        assertThatThrownBy(() -> drafts.changeTaxType(lines.get(1).id(), "GST99"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Line 2: tax type 'GST99'");

        assertThat(drafts.approve(List.of(data.acmeDraft)).approved()).containsExactly(data.acmeDraft);

        assertThatThrownBy(() -> drafts.changeTaxType(lines.get(1).id(), "EXEMPTOUTPUT"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("can no longer be edited");
        assertThat(drafts.lines(data.acmeDraft).get(1).taxType()).isEqualTo("OUTPUT");
        assertThat(QueueStatus.of(store, false).queued()).isEqualTo(2);
    }

    @Test
    void theQueueIsOfflineWhileItsLastDeliveryAttemptFailedAndConflictsAreListedToResolve() {
        assertThat(QueueStatus.of(store, false).describe()).isEqualTo("online · 1 queued");
        assertThat(QueueStatus.of(store, true).describe()).isEqualTo("offline · 1 queued");
        new DraftDecisions(store).approve(List.of(data.acmeDraft));
        long push = store.read(s -> s.createSelectionQuery("select id from OutboxEntry where entityId = :invoice", Long.class)
                .setParameter("invoice", data.acmeDraft).getSingleResult());

        outcome(push, OutboxState.FAILED, "Xero could not be reached (connect timed out)");
        assertThat(QueueStatus.of(store, false).describe()).isEqualTo("offline · 2 queued");

        outcome(push, OutboxState.CONFLICT, "Xero refused it: Invoice not of valid status for modification");
        assertThat(QueueStatus.of(store, false).describe()).isEqualTo("online · 1 queued · 1 conflict");
        assertThat(OutboxConflicts.list(store)).singleElement().satisfies(conflict -> {
            assertThat(conflict.entryId()).isEqualTo(push);
            assertThat(conflict.describe()).isEqualTo("Invoice for Acme Dental Pty Ltd 2026-11 → Xero: "
                    + "Xero refused it: Invoice not of valid status for modification");
        });
    }

    /** What a delivery attempt leaves on an entry (the outbox worker's bookkeeping). */
    private void outcome(long entryId, OutboxState state, String error) {
        store.write(s -> {
            OutboxEntry entry = s.find(OutboxEntry.class, entryId);
            entry.setAttempts(entry.getAttempts() + 1);
            entry.setState(state);
            entry.setLastError(error);
        });
    }
}
