package dev.billingone.workstation.triage;

import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.reconcile.MissedBillingItem;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The triage window's lists, optionally narrowed to one client (the client scope). */
public final class TriageLists {
    private TriageLists() {
    }

    /** Open items, and snoozed ones whose snooze has run out, largest amount first. */
    public static List<MissedBillingRow> missedBilling(Store store, LocalDate today, OptionalLong clientId) {
        return store.read(session -> session.createSelectionQuery("""
                        select m, c.name, p.sku, p.name from MissedBillingItem m
                        join Client c on c.id = m.clientId join Product p on p.id = m.productId
                        where (m.status = :open or (m.status = :snoozed and m.snoozeUntil <= :today))
                        and (:client is null or m.clientId = :client)
                        order by (m.expectedAmount - m.billedAmount) desc, c.name, p.sku""", Object[].class)
                .setParameter("open", MissedBillingStatus.OPEN)
                .setParameter("snoozed", MissedBillingStatus.SNOOZED)
                .setParameter("today", today)
                .setParameter("client", clientId.isPresent() ? clientId.getAsLong() : null, Long.class)
                .getResultList().stream()
                .map(row -> missedRow((MissedBillingItem) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList());
    }

    /** Drafts awaiting approval, by client name. */
    public static List<DraftRow> drafts(Store store, OptionalLong clientId) {
        return invoices(store, clientId, List.of(InvoiceStatus.DRAFT));
    }

    /** Generated invoices in the given states, newest period first then by client name. */
    public static List<DraftRow> invoices(Store store, OptionalLong clientId, List<InvoiceStatus> states) {
        return store.read(session -> {
            List<Object[]> rows = session.createSelectionQuery("""
                            select g, c.name from GeneratedInvoice g join Client c on c.id = g.clientId
                            where g.status in (:states) and (:client is null or g.clientId = :client)
                            order by g.period desc, c.name, g.kind, g.sequenceNo""", Object[].class)
                    .setParameterList("states", states)
                    .setParameter("client", clientId.isPresent() ? clientId.getAsLong() : null, Long.class)
                    .getResultList();
            Map<Long, Long> lineCounts = rows.isEmpty() ? Map.of() : session.createSelectionQuery("""
                            select l.invoiceId, count(l) from GeneratedInvoiceLine l where l.invoiceId in (:ids)
                            group by l.invoiceId""", Object[].class)
                    .setParameterList("ids", rows.stream().map(r -> ((GeneratedInvoice) r[0]).getId()).toList())
                    .getResultList().stream()
                    .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
            return rows.stream().map(row -> {
                GeneratedInvoice g = (GeneratedInvoice) row[0];
                return new DraftRow(g.getId(), g.getVersion(), g.getClientId(), (String) row[1], g.getPeriod(), g.getKind(),
                        g.getStatus(), lineCounts.getOrDefault(g.getId(), 0L).intValue(),
                        Money.of(g.getSubtotal(), g.getCurrency()), Money.of(g.getTotalTax(), g.getCurrency()),
                        Money.of(g.getTotal(), g.getCurrency()));
            }).toList();
        });
    }

    private static MissedBillingRow missedRow(MissedBillingItem m, String clientName, String sku, String productName) {
        return new MissedBillingRow(m.getId(), m.getVersion(), m.getClientId(), clientName, sku, productName, m.getPeriod(),
                m.getExpectedQuantity(), m.getBilledQuantity(),
                Money.of(m.getExpectedAmount().subtract(m.getBilledAmount()), m.getCurrency()),
                m.getStatus(), m.getSnoozeUntil());
    }
}
