package dev.billingone.workstation.mapping;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2MappingServiceTest extends MappingServiceContractTest {
    @TempDir
    static Path dir;

    @Override
    protected DatabaseTarget target() {
        return TestDatabases.h2(dir);
    }
}
