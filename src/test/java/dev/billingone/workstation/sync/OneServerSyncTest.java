package dev.billingone.workstation.sync;

import dev.billingone.workstation.store.Store;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A connector's sync over real HTTP against one recording server: one H2 store for the class, emptied before each
 * test, and a fresh server per test that answers through the subclass's {@link #answer}.
 */
public abstract class OneServerSyncTest {
    protected static Store store;
    protected RecordingServer server;

    @BeforeAll
    static void openStore() throws Exception {
        store = SyncTestStore.open();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void startServer() throws Exception {
        SyncTestStore.clean(store);
        server = RecordingServer.start(this::answer);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The remote system's answer to one request. */
    protected abstract MockResponse answer(RecordedRequest request);
}
