package dev.billingone.workstation.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    protected DatabaseTarget target() {
        return TestDatabases.h2(dir);
    }
}
