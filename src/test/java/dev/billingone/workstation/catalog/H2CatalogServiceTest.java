package dev.billingone.workstation.catalog;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

class H2CatalogServiceTest extends CatalogServiceContractTest {
    @Override
    protected DatabaseTarget target() {
        try {
            return TestDatabases.h2(Files.createTempDirectory("h2-catalog"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
