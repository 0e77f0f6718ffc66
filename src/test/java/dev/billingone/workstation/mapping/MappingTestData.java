package dev.billingone.workstation.mapping;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.Store;

/** Rows the mapping tests start from: an organisation, our clients, and other systems' records of them. */
public final class MappingTestData {
    private MappingTestData() {
    }

    public static void organization(Store store) {
        store.write(session -> {
            Organization organization = new Organization();
            organization.setName("Test MSP");
            organization.setSlug("test-msp");
            organization.setBaseCurrency("AUD");
            session.persist(organization);
        });
    }

    public static long client(Store store, String name, String domain, String taxNumber) {
        return store.inTransaction(session -> {
            Client client = new Client();
            client.setName(name);
            client.setDomain(domain);
            client.setTaxNumber(taxNumber);
            client.setCurrency("AUD");
            session.persist(client);
            return client.getId();
        });
    }

    public static long account(Store store, ExternalSystem system, String externalId, String name, String email,
                               String taxNumber) {
        return store.inTransaction(session -> {
            ExternalAccount account = new ExternalAccount();
            account.setSystem(system);
            account.setExternalId(externalId);
            account.setName(name);
            account.setEmail(email);
            account.setTaxNumber(taxNumber);
            session.persist(account);
            return account.getId();
        });
    }

    public static Long mappedClient(Store store, String externalId) {
        return store.read(session -> session.createSelectionQuery(
                        "select clientId from ExternalAccount where externalId = :id", Long.class)
                .setParameter("id", externalId).getSingleResult());
    }
}
