package dev.billingone.workstation.sync.connectors.xero;

import dev.billingone.workstation.store.DatabaseTarget;

class PostgresXeroReferenceSyncTest extends XeroReferenceSyncContractTest {
    @Override
    protected DatabaseTarget freshTarget() {
        return postgres();
    }
}
