package dev.billingone.workstation.catalog;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class PostgresCatalogServiceTest extends CatalogServiceContractTest {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshPostgres();
    }
}
