package dev.billingone.workstation.billing;

import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real H2 file per test class (booting Hibernate per test would dominate the run); each test builds its own
 * clients, so tests stay independent while sharing the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BillingStoreTest {
    protected Store store;

    @BeforeAll
    void openStore(@TempDir Path dir) {
        store = Store.open(TestDatabases.h2(dir));
        store.write(BillingFixture::organization);
    }

    @AfterAll
    void closeStore() {
        store.close();
    }
}
