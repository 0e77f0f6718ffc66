package dev.billingone.workstation.triage;

import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.subscriptions.Subscription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One client at a glance: its Pax8 subscriptions (through the mapped Pax8 companies), its invoices (ours and
 * what Xero/QBO hold through the mapped contacts), and its variance (unbilled seats still open).
 */
public final class ClientScope {
    /** One subscription line. */
    public record SubscriptionLine(String externalId, String product, BigDecimal quantity, Money price, String term,
                                   String status) {
    }

    /** One invoice, ours ({@code source = "BillingOne"}) or as the accounting system holds it. */
    public record InvoiceLine(String source, String number, String date, String status, Money total) {
    }

    /** What the client scope panel shows. */
    public record View(ClientChoice client, List<SubscriptionLine> subscriptions, List<InvoiceLine> invoices,
                       List<MissedBillingRow> missedBilling, Amounts variance) {
    }

    private ClientScope() {
    }

    /** Every active client, by name, for the type-ahead. */
    public static List<ClientChoice> clients(Store store) {
        return store.read(session -> session.createSelectionQuery(
                        "select c.id, c.name from Client c where c.active order by lower(c.name)", Object[].class)
                .getResultList().stream()
                .map(row -> new ClientChoice((Long) row[0], (String) row[1]))
                .toList());
    }

    public static View of(Store store, long clientId, LocalDate today) {
        ClientChoice client = store.read(session -> {
            Client found = session.find(Client.class, clientId);
            if (found == null) {
                throw new InvalidInputException("There is no client " + clientId + ".");
            }
            return new ClientChoice(found.getId(), found.getName());
        });
        List<MissedBillingRow> missed = TriageLists.missedBilling(store, today, OptionalLong.of(clientId));
        Map<String, BigDecimal> variance = new HashMap<>();
        missed.forEach(row -> variance.merge(row.missedAmount().currencyCode(), row.missedAmount().amount(), BigDecimal::add));
        return new View(client, subscriptions(store, clientId), invoices(store, clientId), missed, Amounts.sum(variance));
    }

    private static List<SubscriptionLine> subscriptions(Store store, long clientId) {
        return store.read(session -> session.createSelectionQuery("""
                        select s, coalesce(v.name, s.vendorProductExternalId) from Subscription s
                        join ExternalAccount a on a.system = s.system and a.externalId = s.companyExternalId
                        left join VendorProduct v on v.system = s.system and v.externalId = s.vendorProductExternalId
                        where a.clientId = :client order by 2""", Object[].class)
                .setParameter("client", clientId)
                .getResultList().stream()
                .map(row -> {
                    Subscription s = (Subscription) row[0];
                    return new SubscriptionLine(s.getExternalId(), (String) row[1], s.getQuantity(),
                            s.getPrice() == null ? null : Money.of(s.getPrice(), s.getCurrency()),
                            s.getBillingTerm().name(), s.getStatus().name());
                }).toList());
    }

    private static List<InvoiceLine> invoices(Store store, long clientId) {
        List<InvoiceLine> ours = TriageLists.invoices(store, OptionalLong.of(clientId), Arrays.asList(InvoiceStatus.values()))
                .stream()
                .map(d -> new InvoiceLine("BillingOne", d.period() + " " + d.kind().name().toLowerCase(), d.period(),
                        d.status().name().toLowerCase(), d.total()))
                .toList();
        List<InvoiceLine> remote = store.read(session -> session.createSelectionQuery("""
                        select i from InvoiceSnapshot i join ExternalAccount a
                        on a.system = i.system and a.externalId = i.contactExternalId
                        where a.clientId = :client and a.system in (:systems) order by i.issueDate desc""", InvoiceSnapshot.class)
                .setParameter("client", clientId)
                .setParameterList("systems", List.of(ExternalSystem.XERO, ExternalSystem.QBO))
                .setMaxResults(200)
                .getResultList().stream()
                .map(i -> new InvoiceLine(i.getSystem().displayName(), i.getInvoiceNumber(), i.getIssueDate().toString(),
                        i.getStatus(), Money.of(i.getTotal(), i.getCurrency())))
                .toList());
        return java.util.stream.Stream.concat(ours.stream(), remote.stream()).toList();
    }
}
