package dev.billingone.workstation.triage;

import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.OutboxState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Counts for the triage home, in one read transaction of a handful of aggregate queries. */
public final class NeedsAttention {
    /** Contracts ending within this many days count as renewals due. */
    public static final int RENEWAL_WINDOW_DAYS = 30;

    private NeedsAttention() {
    }

    public static AttentionCounts count(Store store, LocalDate today) {
        return store.read(session -> {
            List<Object[]> missed = session.createSelectionQuery("""
                    select m.currency, count(m), sum(m.expectedAmount - m.billedAmount) from MissedBillingItem m
                    where m.status = :open or (m.status = :snoozed and m.snoozeUntil <= :today)
                    group by m.currency""", Object[].class)
                    .setParameter("open", MissedBillingStatus.OPEN)
                    .setParameter("snoozed", MissedBillingStatus.SNOOZED)
                    .setParameter("today", today)
                    .getResultList();
            List<Object[]> drafts = session.createSelectionQuery("""
                    select g.currency, count(g), sum(g.total) from GeneratedInvoice g where g.status = :draft
                    group by g.currency""", Object[].class)
                    .setParameter("draft", InvoiceStatus.DRAFT)
                    .getResultList();
            return new AttentionCounts(total(missed), amounts(missed), total(drafts), amounts(drafts),
                    syncErrors(session), renewalsDue(session, today));
        });
    }

    private static long syncErrors(Session session) {
        long outbox = session.createSelectionQuery("select count(*) from OutboxEntry where state in (:states)", Long.class)
                .setParameterList("states", List.of(OutboxState.FAILED, OutboxState.REJECTED, OutboxState.CONFLICT))
                .getSingleResult();
        long cursors = session.createSelectionQuery("select count(*) from SyncCursor where lastError is not null", Long.class)
                .getSingleResult();
        return outbox + cursors;
    }

    private static long renewalsDue(Session session, LocalDate today) {
        return session.createSelectionQuery("""
                        select count(*) from Contract where status = :active and endDate between :today and :until""", Long.class)
                .setParameter("active", ContractStatus.ACTIVE)
                .setParameter("today", today)
                .setParameter("until", today.plusDays(RENEWAL_WINDOW_DAYS))
                .getSingleResult();
    }

    private static long total(List<Object[]> byCurrency) {
        return byCurrency.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
    }

    private static Amounts amounts(List<Object[]> byCurrency) {
        Map<String, BigDecimal> sums = new HashMap<>();
        byCurrency.forEach(row -> sums.put((String) row[0], (BigDecimal) row[2]));
        return Amounts.sum(sums);
    }
}
