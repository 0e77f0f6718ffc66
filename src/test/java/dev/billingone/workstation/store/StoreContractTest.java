package dev.billingone.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same assertions against every backend: one subclass per database. */
abstract class StoreContractTest {
    protected Store store;

    protected abstract DatabaseTarget target();

    @BeforeEach
    void open() {
        store = Store.open(target());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static Client client(String name) {
        Client client = new Client();
        client.setName(name);
        client.setCurrency("AUD");
        return client;
    }

    @Test
    void migratesTheWholeSchema() {
        assertThat(Migrations.currentVersion(store)).isNotEqualTo("empty");
        assertThat(TableCounts.of(store)).containsKeys("client", "generated_invoice", "outbox_entry", "audit_event");
    }

    @Test
    void persistsAndReadsBackWithStampsAndVersion() {
        Long id = store.inTransaction(session -> {
            Client client = client("Zoë Müller & Søn Pty Ltd");
            session.persist(client);
            return client.getId();
        });
        Client read = store.read(session -> session.find(Client.class, id));
        assertThat(read.getName()).isEqualTo("Zoë Müller & Søn Pty Ltd");
        assertThat(read.getVersion()).isZero();
        assertThat(read.getCreatedAt()).isNotNull();
    }

    @Test
    void staleWriteIsAConflictNotASilentOverwrite() {
        Long id = store.inTransaction(session -> {
            Client client = client("Harbour Dental LLC");
            session.persist(client);
            return client.getId();
        });
        Client staleCopy = store.read(session -> session.find(Client.class, id));
        store.write(session -> session.find(Client.class, id).setNotes("changed by someone else"));

        staleCopy.setNotes("my change");
        assertThatThrownBy(() -> store.write(session -> session.merge(staleCopy))).isInstanceOf(ConflictException.class).hasMessageContaining("Someone else changed this record");
        assertThat(store.read(session -> session.find(Client.class, id)).getNotes()).isEqualTo("changed by someone else");
    }

    @Test
    void aFailedTransactionWritesNothing() {
        assertThatThrownBy(() -> store.write(session -> {
            session.persist(client("Summit Logistics Inc."));
            session.flush();
            session.persist(client("Summit Logistics Inc."));
            session.flush();
        })).isInstanceOf(InvalidInputException.class);
        List<Client> clients = store.read(session -> session.createSelectionQuery("from Client", Client.class).getResultList());
        assertThat(clients).isEmpty();
    }

    @Test
    void auditRowsCommitWithTheChange() {
        Long id = store.inTransaction(session -> {
            Client client = client("Blue Gum Accounting Pty Ltd");
            session.persist(client);
            session.flush();
            AuditLog.record(session, "client", client.getId(), "create", client.getName());
            return client.getId();
        });
        List<AuditEvent> history = store.read(session -> AuditLog.history(session, "client", id));
        assertThat(history).singleElement().satisfies(event -> {
                    assertThat(event.getAction()).isEqualTo("create");
                    assertThat(event.getActor()).isNotBlank();
                });
    }

    @Test
    void refusesADatabaseWrittenByANewerApp() throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") "
                    + "VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, TRUE)");
            c.commit();
        }
        store.close();
        store = null;
        assertThatThrownBy(() -> store = Store.open(target()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("newer BillingOne")
                .hasMessageContaining("999");
    }
}
