package dev.billingone.workstation.contracts;

import dev.billingone.workstation.store.DatabaseTarget;

class PostgresContractServiceTest extends ContractServiceContractTest {
    @Override
    protected DatabaseTarget freshTarget() {
        return postgres();
    }
}
