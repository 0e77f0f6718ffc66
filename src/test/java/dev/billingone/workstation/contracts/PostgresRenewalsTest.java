package dev.billingone.workstation.contracts;

import dev.billingone.workstation.store.DatabaseTarget;

class PostgresRenewalsTest extends RenewalsContractTest {
    @Override
    protected DatabaseTarget freshTarget() {
        return postgres();
    }
}
