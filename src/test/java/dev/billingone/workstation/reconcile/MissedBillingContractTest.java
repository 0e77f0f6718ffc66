package dev.billingone.workstation.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.InvoiceKind;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The missed-billing queue against each database: refresh idempotence, bulk apply/snooze/dismiss with audit,
 * snooze expiry, undo, and all-or-nothing on refusal or cancel.
 */
abstract class MissedBillingContractTest {
    static final Period NOVEMBER = Period.of(2026, 11);
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T09:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    Store store;
    MissedBilling missed;
    ReconciliationService service;
    long acme;
    long beta;

    protected abstract DatabaseTarget target();

    @BeforeEach
    void open() {
        Actor.set("alice");
        store = Store.open(target());
        missed = new MissedBilling(store, clock);
        service = new ReconciliationService(store, missed);
        store.write(session -> {
            Fixtures f = new Fixtures(session);
            f.organization("Acme IT");
            Product m365 = f.product("M365-BP", "20.00");
            Product defender = f.product("DEF-P1", "15.00");
            Client a = f.client("Acme Dental");
            f.monthly(a, m365, "12", "20.00");
            f.monthly(a, defender, "3", "15.00");
            f.line(f.billed(a, LocalDate.of(2026, 11, 3), "AUTHORISED"), "M365-BP", "10", "200.00", "20.00");
            Client b = f.client("Beta Builders");
            f.monthly(b, m365, "5", "20.00");
            acme = a.getId();
            beta = b.getId();
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<MissedBillingEntry> openItems() {
        return missed.list(new MissedBillingQuery(Set.of(MissedBillingStatus.OPEN), NOVEMBER.toString(), null));
    }

    private List<Long> ids(List<MissedBillingEntry> entries) {
        return entries.stream().map(MissedBillingEntry::id).toList();
    }

    private List<AuditEvent> history(long id) {
        return store.read(session -> AuditLog.history(session, "missed_billing_item", id));
    }

    @Test
    void everyShortfallBecomesAnItemAndARerunChangesNothing() {
        MissedBilling.RefreshResult first = service.reconcileAndRefresh(NOVEMBER).missed();
        assertThat(first.created()).isEqualTo(3);
        assertThat(openItems()).extracting(MissedBillingEntry::clientName, MissedBillingEntry::sku, e -> e.shortfall().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beta Builders", "M365-BP", "100.0000"),
                        org.assertj.core.groups.Tuple.tuple("Acme Dental", "DEF-P1", "45.0000"),
                        org.assertj.core.groups.Tuple.tuple("Acme Dental", "M365-BP", "40.0000"));
        MissedBilling.RefreshResult second = service.reconcileAndRefresh(NOVEMBER).missed();
        assertThat(second).isEqualTo(new MissedBilling.RefreshResult(0, 0, 0, 0));
    }

    @Test
    void bulkApplyAddsLinesToEachDraftInOneAuditedStepAndUndoRemovesThem() {
        service.reconcileAndRefresh(NOVEMBER);
        List<int[]> progress = new ArrayList<>();
        MissedBilling.ApplyResult result = missed.apply(ids(openItems()), "month-end true-up", new BulkProgress() {
            @Override
            public void update(int done, int total) {
                progress.add(new int[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.amountByCurrency().get("AUD")).isEqualByComparingTo("185.00");
        assertThat(progress.get(progress.size() - 1)).containsExactly(3, 3);
        List<GeneratedInvoiceLine> acmeLines = store.read(session -> DraftInvoices.lines(session,
                DraftInvoices.openDraft(session, acme, NOVEMBER).getId()));
        assertThat(acmeLines).extracting(GeneratedInvoiceLine::getSku, l -> l.getQuantity().stripTrailingZeros().toPlainString(),
                        l -> l.getLineAmount().stripTrailingZeros().toPlainString(), GeneratedInvoiceLine::getSource)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("M365-BP", "2", "40", LineSource.MISSED_BILLING),
                        org.assertj.core.groups.Tuple.tuple("DEF-P1", "3", "45", LineSource.MISSED_BILLING));
        assertThat(acmeLines).allMatch(l -> l.getSourceRef().startsWith("missed:"));
        MissedBillingEntry applied = missed.list(MissedBillingQuery.all()).get(0);
        assertThat(applied.status()).isEqualTo(MissedBillingStatus.APPLIED);
        assertThat(applied.decidedBy()).isEqualTo("alice");
        assertThat(history(applied.id())).extracting(AuditEvent::getAction).containsExactly("create", "apply");
        assertThat(history(applied.id()).get(1).getReason()).isEqualTo("month-end true-up");

        // Applied lines now count as billed: the shortfall is gone and a re-run leaves applied items alone.
        assertThat(service.reconcileAndRefresh(NOVEMBER).reconciliation().missed().rows()).isZero();
        assertThat(missed.list(MissedBillingQuery.all())).allMatch(e -> e.status() == MissedBillingStatus.APPLIED);

        assertThat(missed.undoBatch(result.batch())).isEqualTo(3);
        List<GeneratedInvoiceLine> afterUndo = store.read(session -> DraftInvoices.lines(session,
                DraftInvoices.openDraft(session, acme, NOVEMBER).getId()));
        assertThat(afterUndo).isEmpty();
        assertThat(openItems()).hasSize(3).allMatch(e -> e.appliedLineId() == null);
    }

    @Test
    void applyAfterTheInvoiceWasApprovedGoesToAnAdjustmentDraftAndUndoIsRefusedOncePushed() {
        service.reconcileAndRefresh(NOVEMBER);
        store.write(session -> DraftInvoices.openDraft(session, beta, NOVEMBER).setStatus(InvoiceStatus.APPROVED));
        List<Long> betaItem = openItems().stream().filter(e -> e.clientId() == beta).map(MissedBillingEntry::id).toList();
        MissedBilling.ApplyResult result = missed.apply(betaItem, null, BulkProgress.NONE);
        GeneratedInvoice adjustment = store.read(session -> {
            GeneratedInvoiceLine line = session.find(GeneratedInvoiceLine.class, result.lineIds().get(0));
            return session.find(GeneratedInvoice.class, line.getInvoiceId());
        });
        assertThat(adjustment.getKind()).isEqualTo(InvoiceKind.ADJUSTMENT);
        assertThat(adjustment.getTotal()).isEqualByComparingTo("100.00");
        store.write(session -> session.find(GeneratedInvoice.class, adjustment.getId()).setStatus(InvoiceStatus.PUSHED));
        assertThatThrownBy(() -> missed.undoBatch(result.batch())).isInstanceOf(ConflictException.class);
        assertThat(missed.list(MissedBillingQuery.all()).stream().filter(e -> e.clientId() == beta))
                .allMatch(e -> e.status() == MissedBillingStatus.APPLIED);
    }

    @Test
    void cancellingABulkApplyAppliesNothing() {
        service.reconcileAndRefresh(NOVEMBER);
        assertThatThrownBy(() -> missed.apply(ids(openItems()), null, new BulkProgress() {
            int seen;

            @Override
            public void update(int done, int total) {
                seen = done;
            }

            @Override
            public boolean cancelled() {
                return seen >= 2;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(openItems()).hasSize(3);
        List<GeneratedInvoiceLine> lines = store.read(session -> session.createSelectionQuery("from GeneratedInvoiceLine",
                GeneratedInvoiceLine.class).getResultList());
        assertThat(lines).isEmpty();
    }

    @Test
    void snoozedItemsComeBackOnTheirDateWithTheCurrentValues() {
        service.reconcileAndRefresh(NOVEMBER);
        List<Long> all = ids(openItems());
        assertThatThrownBy(() -> missed.snooze(all, LocalDate.of(2026, 12, 10), " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> missed.snooze(all, LocalDate.of(2026, 12, 2), "waiting")).isInstanceOf(InvalidInputException.class);
        assertThat(missed.snooze(all, LocalDate.of(2026, 12, 10), "waiting for the client's PO")).isEqualTo(3);
        assertThat(openItems()).isEmpty();

        now.set(Instant.parse("2026-12-09T23:00:00Z"));
        assertThat(service.reconcileAndRefresh(NOVEMBER).missed().reopened()).isZero();
        assertThat(openItems()).isEmpty();

        now.set(Instant.parse("2026-12-10T08:00:00Z"));
        assertThat(openItems()).hasSize(3);
        assertThat(history(all.get(0))).extracting(AuditEvent::getAction).containsExactly("create", "snooze", "snooze-expired");
        assertThat(history(all.get(0)).get(1).getReason()).isEqualTo("waiting for the client's PO");
    }

    @Test
    void dismissedItemsStayDismissedWhenReconciledAgain() {
        service.reconcileAndRefresh(NOVEMBER);
        long betaItem = openItems().stream().filter(e -> e.clientId() == beta).findFirst().orElseThrow().id();
        missed.dismiss(List.of(betaItem), "included in bundle");
        MissedBilling.RefreshResult rerun = service.reconcileAndRefresh(NOVEMBER).missed();
        assertThat(rerun.created()).isZero();
        MissedBillingEntry dismissed = missed.list(MissedBillingQuery.all()).stream().filter(e -> e.id() == betaItem).findFirst().orElseThrow();
        assertThat(dismissed.status()).isEqualTo(MissedBillingStatus.DISMISSED);
        assertThat(dismissed.reason()).isEqualTo("included in bundle");
        assertThatThrownBy(() -> missed.apply(List.of(betaItem), null, BulkProgress.NONE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nothing was changed");
    }

    @Test
    void openItemsFollowTheDataAndLeaveWhenBilledElsewhere() {
        service.reconcileAndRefresh(NOVEMBER);
        store.write(session -> {
            Fixtures f = new Fixtures(session);
            Client b = session.find(Client.class, beta);
            f.line(f.billed(b, LocalDate.of(2026, 11, 20), "AUTHORISED"), "M365-BP", "5", "100.00", "10.00");
            Client a = session.find(Client.class, acme);
            f.line(f.billed(a, LocalDate.of(2026, 11, 21), "AUTHORISED"), "M365-BP", "1", "20.00", "2.00");
        });
        MissedBilling.RefreshResult rerun = service.reconcileAndRefresh(NOVEMBER).missed();
        assertThat(rerun.resolved()).isEqualTo(1);
        assertThat(rerun.updated()).isEqualTo(1);
        assertThat(openItems()).extracting(MissedBillingEntry::sku, e -> e.shortfall().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("DEF-P1", "45"),
                        org.assertj.core.groups.Tuple.tuple("M365-BP", "20"));
    }
}
