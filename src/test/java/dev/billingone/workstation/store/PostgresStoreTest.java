package dev.billingone.workstation.store;

import org.junit.jupiter.api.BeforeEach;

class PostgresStoreTest extends StoreContractTest {
    private DatabaseTarget target;

    @BeforeEach
    @Override
    void open() {
        if (target == null) {
            target = TestDatabases.freshPostgres();
        }
        super.open();
    }

    @Override
    protected DatabaseTarget target() {
        return target;
    }
}
