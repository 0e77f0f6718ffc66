package dev.billingone.workstation.sync.connectors.xero;

import dev.billingone.workstation.store.DatabaseTarget;

class PostgresXeroSyncTest extends XeroSyncContractTest {
    @Override
    protected DatabaseTarget freshTarget() {
        return postgres();
    }
}
