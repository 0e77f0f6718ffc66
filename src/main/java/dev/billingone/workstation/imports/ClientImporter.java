package dev.billingone.workstation.imports;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ExternalSystem;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Clients, upserted by name — or by the external id when the file has one (a Xero ContactID, a Pax8 company id):
 * the id is kept as an {@link ExternalAccount} mapped to the client, so a renamed company still matches.
 */
final class ClientImporter implements KindImporter<Client> {
    private static final ValueType SYSTEM = ValueType.enumeration(ExternalSystem.class, Map.of(
            "Xero", ExternalSystem.XERO, "Pax8", ExternalSystem.PAX8, "QuickBooks", ExternalSystem.QBO,
            "QuickBooks Online", ExternalSystem.QBO));

    @Override
    public ImportKind kind() {
        return ImportKind.CLIENTS;
    }

    @Override
    public List<ImportField<Client>> fields(ImportContext context) {
        Map<Long, ExternalAccount> accounts = context.cache("externalAccountByClient");
        return List.of(
                ImportField.required("name", "Name", ValueType.TEXT, Client::getName, (c, v) -> c.setName((String) v)),
                ImportField.of("legalName", "Legal name", ValueType.TEXT, Client::getLegalName, (c, v) -> c.setLegalName((String) v)),
                ImportField.of("email", "Email", ValueType.TEXT, Client::getEmail, (c, v) -> c.setEmail((String) v)),
                ImportField.of("domain", "Domain", ValueType.TEXT, Client::getDomain, (c, v) -> c.setDomain((String) v)),
                ImportField.of("taxNumber", "Tax number", ValueType.TEXT, Client::getTaxNumber, (c, v) -> c.setTaxNumber((String) v)),
                ImportField.of("address", "Address", ValueType.TEXT, Client::getAddress, (c, v) -> c.setAddress((String) v)),
                ImportField.of("phone", "Phone", ValueType.TEXT, Client::getPhone, (c, v) -> c.setPhone((String) v)),
                ImportField.required("currency", "Currency", CatalogImporter.CURRENCY, Client::getCurrency, (c, v) -> c.setCurrency((String) v)),
                ImportField.of("defaultTaxType", "Default tax type", ValueType.TEXT, Client::getDefaultTaxType, (c, v) -> c.setDefaultTaxType((String) v)),
                ImportField.of("active", "Active", ValueType.BOOLEAN, Client::isActive, (c, v) -> c.setActive(v == null || (Boolean) v)),
                ImportField.of("notes", "Notes", ValueType.TEXT, Client::getNotes, (c, v) -> c.setNotes((String) v)),
                ImportField.linked("externalSystem", "External system", SYSTEM, false, c -> systemOf(accounts.get(c.getId()))),
                ImportField.linked("externalId", "External id", ValueType.TEXT, false, c -> idOf(accounts.get(c.getId()))));
    }

    private static Object systemOf(ExternalAccount account) {
        return account == null ? null : account.getSystem();
    }

    private static Object idOf(ExternalAccount account) {
        return account == null ? null : account.getExternalId();
    }

    @Override
    public List<Preset> presets() {
        return List.of(
                new Preset("xero-contacts", "Xero contacts export", kind(), Map.of(
                        "name", List.of("*ContactName", "ContactName"),
                        "externalId", List.of("ContactID"),
                        "email", List.of("EmailAddress"),
                        "taxNumber", List.of("TaxNumber"),
                        "phone", List.of("PhoneNumber"),
                        "address", List.of("POAddressLine1")), ExternalSystem.XERO, true),
                new Preset("pax8-companies", "Pax8 companies export", kind(), Map.of(
                        "name", List.of("Company Name"),
                        "externalId", List.of("Company ID"),
                        "domain", List.of("Website"),
                        "phone", List.of("Phone"),
                        "address", List.of("Street")), ExternalSystem.PAX8, true));
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("name");
    }

    private static ExternalSystem system(ParsedRow row, ImportContext context) {
        Object fromRow = row.value("externalSystem");
        return fromRow != null ? (ExternalSystem) fromRow : context.system();
    }

    @Override
    public String key(Session session, ParsedRow row, ImportContext context) {
        String name = row.text("name");
        String externalId = row.text("externalId");
        if (externalId != null) {
            ExternalSystem system = system(row, context);
            if (system == null) {
                row.problem("externalId", "needs an External system column (Xero, Pax8, QBO) to say whose id it is");
                return null;
            }
            return "ext:" + system + ":" + externalId;
        }
        if (name == null) {
            row.problem("name", "is empty: every client needs a name");
            return null;
        }
        return "name:" + name;
    }

    @Override
    public Map<String, Client> existing(Session session, ImportContext context, List<ParsedRow> rows) {
        List<String> names = rows.stream().map(r -> r.text("name")).filter(n -> n != null).toList();
        Map<String, Client> byName = new HashMap<>();
        if (!names.isEmpty()) {
            session.createSelectionQuery("from Client where name in :names", Client.class).setParameter("names", names)
                    .getResultList().forEach(c -> byName.put(c.getName(), c));
        }
        Map<String, Client> byKey = new HashMap<>();
        for (ParsedRow row : rows) {
            String key = key(session, row, context);
            Client client = null;
            if (key.startsWith("ext:")) {
                client = session.createSelectionQuery("select c from Client c, ExternalAccount a where a.clientId = c.id "
                                + "and a.system = :system and a.externalId = :id", Client.class)
                        .setParameter("system", system(row, context)).setParameter("id", row.text("externalId"))
                        .uniqueResultOptional().orElse(null);
            }
            if (client == null && row.text("name") != null) {
                client = byName.get(row.text("name"));
            }
            if (client != null) {
                byKey.put(key, client);
            }
        }
        return byKey;
    }

    @Override
    public Client create(Session session, ImportContext context, ParsedRow row, boolean write) {
        Client client = new Client();
        client.setCurrency(context.currencyFor(row));
        return client;
    }

    @Override
    public void after(Session session, ImportContext context, Client client, ParsedRow row, boolean write) {
        String externalId = row.text("externalId");
        if (!write || externalId == null) {
            return;
        }
        ExternalSystem system = system(row, context);
        ExternalAccount account = session.createSelectionQuery("from ExternalAccount where system = :system and externalId = :id", ExternalAccount.class)
                .setParameter("system", system).setParameter("id", externalId)
                .uniqueResultOptional().orElseGet(ExternalAccount::new);
        account.setSystem(system);
        account.setExternalId(externalId);
        account.setName(client.getName());
        if (account.getClientId() == null) {
            account.setClientId(client.getId());
            account.setMappedBy(Actor.current());
            account.setMappedAt(Instant.now());
        }
        if (account.getId() == null) {
            session.persist(account);
        }
    }

    @Override
    public void prepareExport(Session session, ImportContext context) {
        Map<Long, ExternalAccount> accounts = context.cache("externalAccountByClient");
        session.createSelectionQuery("from ExternalAccount where clientId is not null order by system, externalId", ExternalAccount.class)
                .getResultList().forEach(a -> accounts.putIfAbsent(a.getClientId(), a));
    }

    @Override
    public Stream<Client> all(Session session) {
        return session.createSelectionQuery("from Client order by name", Client.class).getResultStream();
    }
}
