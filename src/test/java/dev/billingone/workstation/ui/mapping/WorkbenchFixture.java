package dev.billingone.workstation.ui.mapping;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.mapping.MappingService;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.Store;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A real H2 store with a few clients and external records, and a runner that does the work right away. */
final class WorkbenchFixture {
    static final MappingWorkbenchModel.Runner DIRECT = new MappingWorkbenchModel.Runner() {
        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                throw new IllegalStateException(label, e);
            }
        }
    };

    private WorkbenchFixture() {
    }

    static MappingService seeded(Store store) {
        store.write(session -> {
            Organization organization = new Organization();
            organization.setName("Test MSP");
            organization.setSlug("test-msp");
            organization.setBaseCurrency("AUD");
            session.persist(organization);
        });
        client(store, "Harbour Dental");
        client(store, "Harbour Legal");
        client(store, "Summit Logistics");
        account(store, ExternalSystem.PAX8, "p-1", "HARBOUR DENTAL PTY LTD");
        account(store, ExternalSystem.XERO, "x-1", "Summit Logistics Inc.");
        account(store, ExternalSystem.XERO, "x-2", "Wattle Tree Childcare");
        return new MappingService(store);
    }

    static long client(Store store, String name) {
        return store.inTransaction(session -> {
            Client client = new Client();
            client.setName(name);
            client.setCurrency("AUD");
            session.persist(client);
            return client.getId();
        });
    }

    static long account(Store store, ExternalSystem system, String externalId, String name) {
        return store.inTransaction(session -> {
            ExternalAccount account = new ExternalAccount();
            account.setSystem(system);
            account.setExternalId(externalId);
            account.setName(name);
            session.persist(account);
            return account.getId();
        });
    }

    static Long mappedClient(Store store, String externalId) {
        return store.read(session -> session.createSelectionQuery("select clientId from ExternalAccount where externalId = :id", Long.class)
                .setParameter("id", externalId).getSingleResult());
    }
}
