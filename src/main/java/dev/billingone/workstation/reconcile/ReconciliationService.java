package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.Store;

/** The one code path the CLI and the screens share to reconcile a period and refresh its missed-billing items. */
public final class ReconciliationService {
    private final Store store;
    private final MissedBilling missedBilling;

    public ReconciliationService(Store store, MissedBilling missedBilling) {
        this.store = store;
        this.missedBilling = missedBilling;
    }

    /** Reads and reconciles; writes nothing. */
    public Reconciliation reconcile(Period period) {
        return store.read(session -> Reconciler.reconcile(ReconciliationInputs.load(session, period)));
    }

    public record Outcome(Reconciliation reconciliation, MissedBilling.RefreshResult missed) {
    }

    /** Reconciles and brings the period's missed-billing queue up to date, in one transaction. */
    public Outcome reconcileAndRefresh(Period period) {
        return store.inTransaction(session -> {
            Reconciliation reconciliation = Reconciler.reconcile(ReconciliationInputs.load(session, period));
            return new Outcome(reconciliation, missedBilling.refresh(session, reconciliation));
        });
    }
}
