package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * A Pax8 company, Xero contact or QBO customer, parsed. {@link #upsert} writes the snapshot fields only: the
 * mapping to our client ({@code clientId}, {@code mappedBy}) belongs to the mapping workbench and is never touched.
 */
public record RemoteAccount(String externalId, String name, String email, String domain, String taxNumber,
                            String address, String phone, String status, Instant remoteUpdatedAt) {

    public static void upsert(Session session, ExternalSystem system, List<RemoteAccount> accounts, PageOutcome outcome) {
        Map<String, ExternalAccount> existing = Snapshots.existing(session, ExternalAccount.class, system,
                accounts.stream().map(RemoteAccount::externalId).toList(), ExternalAccount::getExternalId);
        for (RemoteAccount account : accounts) {
            ExternalAccount row = existing.get(account.externalId());
            boolean isNew = row == null;
            if (isNew) {
                row = new ExternalAccount();
                row.setSystem(system);
                row.setExternalId(account.externalId());
            }
            row.setName(Snapshots.text(account.name(), 300));
            row.setEmail(Snapshots.text(account.email(), 200));
            row.setDomain(Snapshots.text(account.domain(), 200));
            row.setTaxNumber(Snapshots.text(account.taxNumber(), 50));
            row.setAddress(Snapshots.text(account.address(), 500));
            row.setPhone(Snapshots.text(account.phone(), 50));
            row.setStatus(Snapshots.text(account.status(), 30));
            row.setRemoteUpdatedAt(account.remoteUpdatedAt());
            if (isNew) {
                session.persist(row);
                outcome.created();
            } else {
                outcome.updated();
            }
        }
    }

    /** "https://www.acme.test/about" → "acme.test": the domain the mapping workbench matches on. */
    public static String domainOf(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        return website.trim().replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
    }

    /** The non-blank {@code fields} of an address object, in order, as one line. */
    public static String addressLine(JsonNode address, String... fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            String value = address.path(field).asText("");
            if (!value.isBlank()) {
                parts.add(value.trim());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
