package dev.billingone.workstation.clients;

import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Read side of clients for the Clients list and the client detail: a few set-based queries per screen,
 * never one per row, so 10,000 clients load as fast as 10.
 */
public final class ClientDirectory {
    private final Store store;

    public ClientDirectory(Store store) {
        this.store = store;
    }

    public List<ClientSummary> summaries() {
        return store.read(session -> {
            Map<Long, Long> links = countBy(session, "select clientId, count(*) from ExternalAccount where clientId is not null group by clientId");
            Map<Long, Long> subs = countBy(session, "select a.clientId, count(*) from Subscription s, ExternalAccount a "
                    + "where a.system = s.system and a.externalId = s.companyExternalId and a.clientId is not null "
                    + "and s.status <> dev.billingone.workstation.subscriptions.SubscriptionStatus.Cancelled group by a.clientId");
            Map<Long, Long> contracts = countBy(session, "select clientId, count(*) from Contract "
                    + "where status = dev.billingone.workstation.contracts.ContractStatus.ACTIVE group by clientId");
            Map<Long, BigDecimal> outstanding = new HashMap<>();
            session.createSelectionQuery("select a.clientId, sum(i.amountDue) from InvoiceSnapshot i, ExternalAccount a "
                            + "where a.system = i.system and a.externalId = i.contactExternalId and a.clientId is not null "
                            + "and i.status in ('AUTHORISED', 'SUBMITTED') group by a.clientId", Object[].class)
                    .getResultList()
                    .forEach(row -> outstanding.put((Long) row[0], (BigDecimal) row[1]));
            List<ClientSummary> rows = new ArrayList<>();
            for (Client c : session.createSelectionQuery("from Client order by name", Client.class).getResultList()) {
                long id = c.getId();
                rows.add(new ClientSummary(id, c.getName(), c.getEmail(), c.getCurrency(), c.isActive(),
                        links.getOrDefault(id, 0L).intValue(), subs.getOrDefault(id, 0L), contracts.getOrDefault(id, 0L),
                        outstanding.getOrDefault(id, BigDecimal.ZERO)));
            }
            return rows;
        });
    }

    private static Map<Long, Long> countBy(Session session, String hql) {
        Map<Long, Long> counts = new HashMap<>();
        session.createSelectionQuery(hql, Object[].class).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public ClientProfile profile(long clientId) {
        return store.read(session -> {
            Client client = session.find(Client.class, clientId);
            if (client == null) {
                throw new InvalidInputException("There is no client with id " + clientId + ".");
            }
            List<ExternalAccount> links = session.createSelectionQuery(
                            "from ExternalAccount where clientId = :id order by system, name", ExternalAccount.class)
                    .setParameter("id", clientId).getResultList();
            return new ClientProfile(client, links, subscriptions(session, clientId), invoices(session, clientId),
                    contracts(session, clientId));
        });
    }

    private static List<ClientProfile.SubscriptionRow> subscriptions(Session session, long clientId) {
        return session.createSelectionQuery("select s.externalId, coalesce(p.name, vp.name), p.sku, s.quantity, s.price, s.currency, "
                        + "s.billingTerm, s.status, s.startDate, s.endDate "
                        + "from Subscription s join ExternalAccount a on a.system = s.system and a.externalId = s.companyExternalId "
                        + "left join VendorProduct vp on vp.system = s.system and vp.externalId = s.vendorProductExternalId "
                        + "left join Product p on p.id = vp.productId "
                        + "where a.clientId = :id order by coalesce(p.name, vp.name)", Object[].class)
                .setParameter("id", clientId).getResultList().stream()
                .map(r -> new ClientProfile.SubscriptionRow((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                        (BigDecimal) r[4], (String) r[5], String.valueOf(r[6]), String.valueOf(r[7]), (LocalDate) r[8], (LocalDate) r[9]))
                .toList();
    }

    private static List<ClientProfile.InvoiceRow> invoices(Session session, long clientId) {
        List<ClientProfile.InvoiceRow> rows = new ArrayList<>(session.createSelectionQuery(
                        "select i.system, i.invoiceNumber, i.issueDate, i.status, i.total, i.amountDue, i.currency "
                                + "from InvoiceSnapshot i join ExternalAccount a on a.system = i.system and a.externalId = i.contactExternalId "
                                + "where a.clientId = :id", Object[].class)
                .setParameter("id", clientId).getResultList().stream()
                .map(r -> new ClientProfile.InvoiceRow(String.valueOf(r[0]), (String) r[1], (LocalDate) r[2], (String) r[3],
                        (BigDecimal) r[4], (BigDecimal) r[5], (String) r[6]))
                .toList());
        session.createSelectionQuery("select g.period, g.invoiceNumber, g.issueDate, g.status, g.total, g.currency "
                        + "from GeneratedInvoice g where g.clientId = :id", Object[].class)
                .setParameter("id", clientId).getResultList()
                .forEach(r -> rows.add(new ClientProfile.InvoiceRow("Generated " + r[0], (String) r[1], (LocalDate) r[2],
                        String.valueOf(r[3]), (BigDecimal) r[4], null, (String) r[5])));
        rows.sort((a, b) -> compareDates(b.date(), a.date()));
        return rows;
    }

    private static int compareDates(LocalDate a, LocalDate b) {
        return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
    }

    private static List<ClientProfile.ContractRow> contracts(Session session, long clientId) {
        return session.createSelectionQuery("select c.id, c.name, c.status, c.startDate, c.endDate, p.sku, p.name, l.quantity, "
                        + "coalesce(l.unitPrice, p.unitPrice), l.billingFrequency "
                        + "from Contract c join ContractLine l on l.contractId = c.id join Product p on p.id = l.productId "
                        + "where c.clientId = :id order by c.startDate desc, l.id", Object[].class)
                .setParameter("id", clientId).getResultList().stream()
                .map(r -> new ClientProfile.ContractRow((Long) r[0], (String) r[1], String.valueOf(r[2]), (LocalDate) r[3],
                        (LocalDate) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8], String.valueOf(r[9])))
                .toList();
    }

}
