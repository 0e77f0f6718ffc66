package dev.billingone.workstation.monthend;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;

class H2PeriodLockTest extends PeriodLockContract {
    @Override
    protected DatabaseTarget target() {
        return TestDatabases.freshH2("h2-month-end-lock");
    }
}
