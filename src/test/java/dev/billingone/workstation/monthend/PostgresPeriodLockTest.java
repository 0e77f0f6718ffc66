package dev.billingone.workstation.monthend;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class PostgresPeriodLockTest extends PeriodLockContract {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshPostgres();
    }
}
