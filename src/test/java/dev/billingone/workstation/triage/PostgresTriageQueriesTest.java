package dev.billingone.workstation.triage;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class PostgresTriageQueriesTest extends TriageQueriesContractTest {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshPostgres();
    }
}
