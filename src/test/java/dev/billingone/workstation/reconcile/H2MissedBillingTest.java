package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2MissedBillingTest extends MissedBillingContractTest {
    @TempDir
    Path dir;

    @Override
    protected DatabaseTarget target() {
        return TestDatabases.h2(dir);
    }
}
