package dev.billingone.workstation.catalog;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class H2CatalogServiceTest extends CatalogServiceContractTest {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshH2("h2-catalog");
    }
}
