package dev.billingone.workstation.mapping;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.AuditLog;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/** Pax8 companies, Xero contacts, QBO customers and SuperOps clients ({@link ExternalAccount}) to our {@link Client}s. */
final class ClientMappingSide implements MappingSide {
    @Override
    public MatchKind kind() {
        return MatchKind.CLIENTS;
    }

    @Override
    public List<Loaded> externalRecords(Session session) {
        return session.createSelectionQuery("from ExternalAccount order by system, name, id", ExternalAccount.class)
                .getResultList().stream()
                .map(account -> new Loaded(toRecord(account), MatchRecord.company(account.getId(), account.getName(),
                        null, account.getEmail(), account.getDomain(), account.getTaxNumber(), account.getAddress(),
                        account.getPhone())))
                .toList();
    }

    @Override
    public List<MatchRecord> targets(Session session) {
        return session.createSelectionQuery("from Client where active = true", Client.class).getResultList().stream()
                .map(client -> MatchRecord.company(client.getId(), client.getName(), client.getLegalName(),
                        client.getEmail(), client.getDomain(), client.getTaxNumber(), client.getAddress(),
                        client.getPhone()))
                .toList();
    }

    @Override
    public ExternalRecord externalRecord(Session session, long recordId) {
        return toRecord(account(session, recordId));
    }

    @Override
    public String targetName(Session session, long targetId) {
        Client client = session.find(Client.class, targetId);
        if (client == null) {
            throw new InvalidInputException("There is no client with id " + targetId + ".");
        }
        return client.getName();
    }

    @Override
    public Long link(Session session, long recordId, Long targetId, String reason) {
        ExternalAccount account = account(session, recordId);
        Long previous = account.getClientId();
        account.setClientId(targetId);
        account.setMappedBy(targetId == null ? null : Actor.current());
        account.setMappedAt(targetId == null ? null : Instant.now());
        AuditLog.record(session, "external_account", recordId, targetId == null ? "unmap" : "map",
                Collections.singletonMap("clientId", previous), Collections.singletonMap("clientId", targetId), reason);
        return previous;
    }

    @Override
    public long createTargetFrom(Session session, long recordId) {
        ExternalAccount account = account(session, recordId);
        Long existing = session.createSelectionQuery("select id from Client where lower(name) = lower(:name)", Long.class)
                .setParameter("name", account.getName()).getResultList().stream().findFirst().orElse(null);
        if (existing != null) {
            throw new ConflictException("A client named '" + account.getName() + "' already exists (id " + existing
                    + "): link the record to it instead of creating another.");
        }
        Client client = new Client();
        client.setName(account.getName());
        client.setEmail(account.getEmail());
        client.setDomain(account.getDomain());
        client.setTaxNumber(account.getTaxNumber());
        client.setAddress(account.getAddress());
        client.setPhone(account.getPhone());
        client.setCurrency(OrganizationCurrency.of(session));
        client.setNotes("Created from " + account.getSystem().displayName() + " record " + account.getExternalId());
        session.persist(client);
        session.flush();
        AuditLog.record(session, "client", client.getId(), "create", null, Collections.singletonMap("name", client.getName()),
                "created from " + account.getSystem().displayName() + " " + account.getExternalId());
        return client.getId();
    }

    @Override
    public void deleteTarget(Session session, long targetId) {
        Client client = session.find(Client.class, targetId);
        if (client != null) {
            AuditLog.record(session, "client", targetId, "delete", Collections.singletonMap("name", client.getName()),
                    null, "undo of create from external record");
            session.remove(client);
        }
    }

    @Override
    public RemapImpact impact(Session session, ExternalRecord record) {
        long subscriptions = session.createSelectionQuery(
                        "select count(*) from Subscription where system = :system and companyExternalId = :id", Long.class)
                .setParameter("system", record.system()).setParameter("id", record.externalId()).getSingleResult();
        long invoices = session.createSelectionQuery(
                        "select count(*) from InvoiceSnapshot where system = :system and contactExternalId = :id", Long.class)
                .setParameter("system", record.system()).setParameter("id", record.externalId()).getSingleResult();
        Long current = record.mappedTo();
        return new RemapImpact(record, current, current == null ? null : targetName(session, current), subscriptions, invoices);
    }

    private static ExternalAccount account(Session session, long recordId) {
        ExternalAccount account = session.find(ExternalAccount.class, recordId);
        if (account == null) {
            throw new InvalidInputException("There is no external account with id " + recordId + ".");
        }
        return account;
    }

    private static ExternalRecord toRecord(ExternalAccount account) {
        return new ExternalRecord(MatchKind.CLIENTS, account.getId(), account.getSystem(), account.getExternalId(),
                account.getName(), account.getClientId());
    }
}
