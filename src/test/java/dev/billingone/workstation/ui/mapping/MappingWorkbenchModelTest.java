package dev.billingone.workstation.ui.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.mapping.MatchKind;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's view-model with a real database and no window. */
class MappingWorkbenchModelTest {
    @TempDir
    Path dir;

    private Store store;
    private MappingWorkbenchModel model;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        store = Store.open(TestDatabases.h2(dir));
        model = new MappingWorkbenchModel(WorkbenchFixture.seeded(store), WorkbenchFixture.DIRECT, changes::incrementAndGet);
        model.reload();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsUnmappedRecordsWithCountsAndTheSelectedRecordsCandidates() {
        assertThat(model.records()).extracting(s -> s.record().externalId()).containsExactly("p-1", "x-1", "x-2");
        assertThat(model.counts().get()).isEqualTo("Unmapped: Pax8 1 · Xero 2");
        assertThat(model.selected().get().record().externalId()).isEqualTo("p-1");
        assertThat(model.candidates().get(0).name()).isEqualTo("Harbour Dental");
    }

    @Test
    void acceptRejectSkipCreateAndUndo() {
        model.accept(model.candidates().get(0), impact -> false);
        assertThat(WorkbenchFixture.mappedClient(store, "p-1")).isNotNull();
        assertThat(model.records()).hasSize(2);
        assertThat(model.selected().get().record().externalId()).isEqualTo("x-1");
        assertThat(changes.get()).isEqualTo(1);

        String rejected = model.candidates().get(0).name();
        model.reject(model.candidates().get(0));
        assertThat(model.candidates()).extracting(c -> c.name()).doesNotContain(rejected);
        assertThat(model.status().get()).contains("will not be suggested again");

        model.skip();
        assertThat(model.selected().get().record().externalId()).isEqualTo("x-2");
        model.createFromSelected();
        assertThat(model.status().get()).contains("Created client Wattle Tree Childcare");
        assertThat(WorkbenchFixture.mappedClient(store, "x-2")).isNotNull();

        model.undo();
        assertThat(WorkbenchFixture.mappedClient(store, "x-2")).isNull();
        assertThat(model.records()).extracting(s -> s.record().externalId()).contains("x-2");
    }

    @Test
    void remappingAMappedRecordAsksFirstAndKeepsTheLinkWhenDeclined() {
        model.accept(model.candidates().get(0), impact -> false);
        Long first = WorkbenchFixture.mappedClient(store, "p-1");
        model.includeMapped().set(true);
        model.reload();
        model.selected().set(model.records().stream().filter(s -> s.record().externalId().equals("p-1")).findFirst().orElseThrow());
        var other = model.candidates().stream().filter(c -> c.id() != first).findFirst().orElseThrow();
        StringBuilder asked = new StringBuilder();

        model.accept(other, impact -> {
            asked.append(impact);
            return false;
        });

        assertThat(asked.toString()).contains("is linked to Harbour Dental").contains("moves 0 subscription(s)");
        assertThat(WorkbenchFixture.mappedClient(store, "p-1")).isEqualTo(first);
        model.accept(other, impact -> true);
        assertThat(WorkbenchFixture.mappedClient(store, "p-1")).isEqualTo(other.id());
        assertThat(model.kind().get()).isEqualTo(MatchKind.CLIENTS);
    }
}
