package dev.billingone.workstation.organization;

import dev.billingone.workstation.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The organisation at a glance, from the database: what the first dashboard and the window title show. */
public record OrganisationOverview(String organisation, String currency, long clients, long activeSubscriptions,
                                   long activeContracts, long invoicesOutstanding, BigDecimal outstandingAmount,
                                   long unmappedAccounts, long unmappedProducts, long renewalsDue30Days) {

    /** Null organisation name means the database is empty (first start). */
    public static OrganisationOverview read(Store store, LocalDate today) {
        return store.read(session -> {
            Organization org = session.createSelectionQuery("from Organization", Organization.class).setMaxResults(1).uniqueResult();
            long clients = count(session, "select count(*) from Client where active = true");
            long subs = count(session, "select count(*) from Subscription where status <> dev.billingone.workstation.subscriptions.SubscriptionStatus.Cancelled");
            long contracts = count(session, "select count(*) from Contract where status = dev.billingone.workstation.contracts.ContractStatus.ACTIVE");
            long open = count(session, "select count(*) from InvoiceSnapshot where status in ('AUTHORISED', 'SUBMITTED') and amountDue > 0");
            BigDecimal due = session.createSelectionQuery("select coalesce(sum(amountDue), 0) from InvoiceSnapshot "
                    + "where status in ('AUTHORISED', 'SUBMITTED')", BigDecimal.class).getSingleResult();
            long unmappedAccounts = count(session, "select count(*) from ExternalAccount where clientId is null");
            long unmappedProducts = count(session, "select count(*) from VendorProduct where productId is null");
            long renewals = session.createSelectionQuery("select count(*) from Contract where status = "
                            + "dev.billingone.workstation.contracts.ContractStatus.ACTIVE and endDate between :today and :limit", Long.class)
                    .setParameter("today", today).setParameter("limit", today.plusDays(30)).getSingleResult();
            return new OrganisationOverview(org == null ? null : org.getName(), org == null ? null : org.getBaseCurrency(),
                    clients, subs, contracts, open, due, unmappedAccounts, unmappedProducts, renewals);
        });
    }

    private static long count(org.hibernate.Session session, String hql) {
        return session.createSelectionQuery(hql, Long.class).getSingleResult();
    }

    public boolean isEmpty() {
        return organisation == null;
    }
}
