package dev.billingone.workstation.contracts;

import dev.billingone.workstation.store.DatabaseTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ContractServiceTest extends ContractServiceContractTest {
    @TempDir
    static Path dir;

    @Override
    protected DatabaseTarget freshTarget() {
        return h2(dir);
    }
}
