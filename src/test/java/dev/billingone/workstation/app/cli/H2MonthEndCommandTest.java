package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Path;

class H2MonthEndCommandTest extends MonthEndCommandContract {
    @Override
    protected DatabaseTarget target(Path dataDir) {
        return TestDatabases.h2(dataDir);
    }
}
