package dev.billingone.workstation.mapping;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class PostgresMappingServiceTest extends MappingServiceContractTest {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshPostgres();
    }
}
