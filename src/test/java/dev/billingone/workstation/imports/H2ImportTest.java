package dev.billingone.workstation.imports;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class H2ImportTest extends ImportContractTest {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshH2("h2-import");
    }
}
