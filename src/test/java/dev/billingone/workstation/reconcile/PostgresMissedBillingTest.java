package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class PostgresMissedBillingTest extends MissedBillingContractTest {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshPostgres();
    }
}
