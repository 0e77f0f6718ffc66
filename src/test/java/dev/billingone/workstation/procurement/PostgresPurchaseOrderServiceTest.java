package dev.billingone.workstation.procurement;

import dev.billingone.workstation.store.DatabaseTarget;

class PostgresPurchaseOrderServiceTest extends PurchaseOrderServiceContractTest {
    @Override
    protected DatabaseTarget freshTarget() {
        return postgres();
    }
}
