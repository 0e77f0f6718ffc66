package dev.billingone.workstation.dashboard;

import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.OutboxState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Counts what needs attention and ages receivables, in one read transaction with aggregate queries. */
public final class Dashboard {
    static final int TOP_OVERDUE = 5;
    static final int RENEWAL_DAYS = 30;

    private final Store store;

    public Dashboard(Store store) {
        this.store = store;
    }

    public DashboardSnapshot snapshot(LocalDate today) {
        return store.read(session -> {
            Object[] org = session.createSelectionQuery("select name, baseCurrency from Organization", Object[].class)
                    .setMaxResults(1).getResultList().stream().findFirst().orElse(new Object[] {"BillingOne", null});
            String currency = (String) org[1];
            List<AttentionTile> tiles = List.of(missedBilling(session, today), drafts(session), sync(session),
                    unmapped(session), renewals(session, today));
            List<InvoiceSnapshot> open = session.createSelectionQuery(
                            "from InvoiceSnapshot where status = 'AUTHORISED' and amountDue > 0"
                                    + (currency == null ? "" : " and currency = :currency"), InvoiceSnapshot.class)
                    .setProperties(currency == null ? Map.of() : Map.of("currency", currency))
                    .getResultList();
            String code = currency != null ? currency : open.stream().map(InvoiceSnapshot::getCurrency).findFirst().orElse("USD");
            Map<AgingBucket, BigDecimal> aging = new EnumMap<>(AgingBucket.class);
            for (AgingBucket bucket : AgingBucket.values()) {
                aging.put(bucket, BigDecimal.ZERO);
            }
            BigDecimal outstanding = BigDecimal.ZERO;
            for (InvoiceSnapshot invoice : open) {
                outstanding = outstanding.add(invoice.getAmountDue());
                aging.merge(AgingBucket.of(daysOverdue(invoice, today)), invoice.getAmountDue(), BigDecimal::add);
            }
            aging.replaceAll((bucket, amount) -> Money.round(amount, Money.currency(code)));
            return new DashboardSnapshot((String) org[0], today, code, tiles, Money.round(outstanding, Money.currency(code)), aging,
                    topOverdue(session, open, today, code));
        });
    }

    static long daysOverdue(InvoiceSnapshot invoice, LocalDate today) {
        LocalDate due = invoice.getDueDate() != null ? invoice.getDueDate() : invoice.getIssueDate();
        return ChronoUnit.DAYS.between(due, today);
    }

    private static AttentionTile missedBilling(Session session, LocalDate today) {
        Object[] row = session.createSelectionQuery("select count(m), sum(m.expectedAmount - m.billedAmount) from MissedBillingItem m"
                        + " where m.status = :open or (m.status = :snoozed and m.snoozeUntil <= :today)", Object[].class)
                .setParameter("open", MissedBillingStatus.OPEN).setParameter("snoozed", MissedBillingStatus.SNOOZED)
                .setParameter("today", today).getSingleResult();
        return new AttentionTile("Missed billing", (Long) row[0], amount(row[1]), "under-billed or unbilled",
                "missed-billing", Map.of("status", "open"));
    }

    private static AttentionTile drafts(Session session) {
        Object[] row = session.createSelectionQuery("select count(i), sum(i.total) from GeneratedInvoice i where i.status = :draft",
                Object[].class).setParameter("draft", InvoiceStatus.DRAFT).getSingleResult();
        return new AttentionTile("Drafts awaiting approval", (Long) row[0], amount(row[1]), "generated invoices",
                "generated-invoices", Map.of("status", "draft"));
    }

    private static AttentionTile sync(Session session) {
        long failed = session.createSelectionQuery("select count(o) from OutboxEntry o where o.state in (:states)", Long.class)
                .setParameter("states", List.of(OutboxState.FAILED, OutboxState.REJECTED, OutboxState.CONFLICT)).getSingleResult();
        long cursorErrors = session.createSelectionQuery("select count(c) from SyncCursor c where c.lastError is not null", Long.class)
                .getSingleResult();
        long queued = session.createSelectionQuery("select count(o) from OutboxEntry o where o.state in (:states)", Long.class)
                .setParameter("states", List.of(OutboxState.PENDING, OutboxState.SENDING)).getSingleResult();
        return new AttentionTile("Sync errors", failed + cursorErrors, null, queued + " writes queued", "sync", Map.of());
    }

    private static AttentionTile unmapped(Session session) {
        long accounts = session.createSelectionQuery("select count(a) from ExternalAccount a where a.clientId is null", Long.class)
                .getSingleResult();
        long products = session.createSelectionQuery("select count(v) from VendorProduct v where v.productId is null", Long.class)
                .getSingleResult();
        return new AttentionTile("Unmapped records", accounts + products, null, accounts + " accounts, " + products + " products",
                "mapping", Map.of());
    }

    private static AttentionTile renewals(Session session, LocalDate today) {
        long due = session.createSelectionQuery("select count(c) from Contract c where c.status = :active"
                        + " and c.endDate between :today and :until", Long.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("today", today)
                .setParameter("until", today.plusDays(RENEWAL_DAYS)).getSingleResult();
        return new AttentionTile("Renewals due", due, null, "in the next " + RENEWAL_DAYS + " days", "contracts",
                Map.of("renewal", String.valueOf(RENEWAL_DAYS)));
    }

    private static BigDecimal amount(Object sum) {
        return sum == null ? BigDecimal.ZERO : (BigDecimal) sum;
    }

    private static List<DashboardSnapshot.OverdueClient> topOverdue(Session session, List<InvoiceSnapshot> open, LocalDate today,
                                                                    String currency) {
        Map<String, ExternalAccount> accounts = new HashMap<>();
        session.createSelectionQuery("from ExternalAccount", ExternalAccount.class).getResultList()
                .forEach(a -> accounts.put(a.getSystem() + ":" + a.getExternalId(), a));
        Map<Long, String> clientNames = new HashMap<>();
        session.createSelectionQuery("from Client", Client.class).getResultList().forEach(c -> clientNames.put(c.getId(), c.getName()));
        Map<String, Overdue> byDebtor = new LinkedHashMap<>();
        for (InvoiceSnapshot invoice : open) {
            long days = daysOverdue(invoice, today);
            if (days <= 0) {
                continue;
            }
            ExternalAccount account = accounts.get(invoice.getSystem() + ":" + invoice.getContactExternalId());
            Long clientId = account == null ? null : account.getClientId();
            String name = clientId != null ? clientNames.get(clientId) : account != null ? account.getName() : invoice.getContactExternalId();
            Overdue overdue = byDebtor.computeIfAbsent(clientId != null ? "client:" + clientId : "contact:" + name,
                    key -> new Overdue(clientId, name));
            overdue.amount = overdue.amount.add(invoice.getAmountDue());
            overdue.invoices++;
            overdue.oldestDays = Math.max(overdue.oldestDays, days);
        }
        List<DashboardSnapshot.OverdueClient> top = new ArrayList<>();
        byDebtor.values().stream().sorted(Comparator.comparing((Overdue o) -> o.amount).reversed().thenComparing(o -> o.name))
                .limit(TOP_OVERDUE)
                .forEach(o -> top.add(new DashboardSnapshot.OverdueClient(o.clientId, o.name,
                        Money.round(o.amount, Money.currency(currency)), o.invoices, o.oldestDays)));
        return top;
    }

    private static final class Overdue {
        final Long clientId;
        final String name;
        BigDecimal amount = BigDecimal.ZERO;
        int invoices;
        long oldestDays;

        Overdue(Long clientId, String name) {
            this.clientId = clientId;
            this.name = name;
        }
    }
}
