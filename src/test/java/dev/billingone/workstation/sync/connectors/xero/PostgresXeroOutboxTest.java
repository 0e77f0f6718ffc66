package dev.billingone.workstation.sync.connectors.xero;

import dev.billingone.workstation.store.DatabaseTarget;

class PostgresXeroOutboxTest extends XeroOutboxContractTest {
    @Override
    protected DatabaseTarget freshTarget() {
        return postgres();
    }
}
