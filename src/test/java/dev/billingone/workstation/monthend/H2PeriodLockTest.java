package dev.billingone.workstation.monthend;

import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

class H2PeriodLockTest extends PeriodLockContract {
    @Override
    protected DatabaseTarget target() {
        try {
            return TestDatabases.h2(Files.createTempDirectory("h2-month-end-lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
