package dev.billingone.workstation.imports;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class PostgresImportTest extends ImportContractTest {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshPostgres();
    }
}
