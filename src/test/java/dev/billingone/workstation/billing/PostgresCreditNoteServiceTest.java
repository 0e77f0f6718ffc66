package dev.billingone.workstation.billing;

import dev.billingone.workstation.store.DatabaseTarget;

class PostgresCreditNoteServiceTest extends CreditNoteServiceContractTest {
    @Override
    protected DatabaseTarget freshTarget() {
        return postgres();
    }
}
