package dev.billingone.workstation.imports;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;

class H2ImportTest extends ImportContractTest {
    @Override
    protected DatabaseTarget target() {
        try {
            return TestDatabases.h2(Files.createTempDirectory("h2-import"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
