package dev.billingone.workstation.sync.connectors.xero;

import dev.billingone.workstation.store.DatabaseTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2XeroOutboxTest extends XeroOutboxContractTest {
    @TempDir
    static Path dir;

    @Override
    protected DatabaseTarget freshTarget() {
        return h2(dir);
    }
}
