package dev.billingone.workstation.billing;

import dev.billingone.workstation.store.DatabaseTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2CreditNoteServiceTest extends CreditNoteServiceContractTest {
    @TempDir
    static Path dir;

    @Override
    protected DatabaseTarget freshTarget() {
        return h2(dir);
    }
}
