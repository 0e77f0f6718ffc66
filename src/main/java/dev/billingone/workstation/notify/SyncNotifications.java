package dev.billingone.workstation.notify;

import dev.billingone.workstation.auth.ConnectionStatus;
import dev.billingone.workstation.auth.IntegrationConnection;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.Store;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * What changed since the last check that a person should hear about. Called after a sync (and by the app's
 * periodic check); events whose delivery is {@link Delivery#NONE} are not returned.
 */
public final class SyncNotifications {
    private SyncNotifications() {
    }

    public static List<Notification> since(Store store, Instant since, NotificationSettings settings) {
        return store.read(session -> {
            List<Notification> found = new ArrayList<>();
            newMissedBilling(session, since, settings).ifPresent(found::add);
            draftsReady(session, since, settings).ifPresent(found::add);
            found.addAll(integrationsNeedingReauth(session, since, settings));
            return found.stream().filter(n -> n.delivery() != Delivery.NONE).toList();
        });
    }

    private static java.util.Optional<Notification> newMissedBilling(Session session, Instant since, NotificationSettings settings) {
        List<Object[]> byCurrency = session.createSelectionQuery("""
                        select m.currency, count(m), sum(m.expectedAmount - m.billedAmount) from MissedBillingItem m
                        where m.status = :open and m.createdAt > :since group by m.currency order by m.currency""", Object[].class)
                .setParameter("open", MissedBillingStatus.OPEN)
                .setParameter("since", since)
                .getResultList();
        List<Object[]> overThreshold = byCurrency.stream()
                .filter(row -> ((BigDecimal) row[2]).compareTo(settings.missedBillingThreshold()) > 0)
                .toList();
        if (overThreshold.isEmpty()) {
            return java.util.Optional.empty();
        }
        long count = overThreshold.stream().mapToLong(row -> ((Number) row[1]).longValue()).sum();
        String amounts = overThreshold.stream()
                .map(row -> Money.of((BigDecimal) row[2], (String) row[0]))
                .map(m -> m.currencyCode() + " " + m.amount().toPlainString())
                .collect(Collectors.joining(" + "));
        return java.util.Optional.of(notification(settings, NotificationEvent.NEW_MISSED_BILLING,
                count + (count == 1 ? " new item" : " new items") + " not billed: " + amounts + "."));
    }

    private static java.util.Optional<Notification> draftsReady(Session session, Instant since, NotificationSettings settings) {
        long count = session.createSelectionQuery(
                        "select count(*) from GeneratedInvoice where status = :draft and updatedAt > :since", Long.class)
                .setParameter("draft", InvoiceStatus.DRAFT)
                .setParameter("since", since)
                .getSingleResult();
        if (count == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(notification(settings, NotificationEvent.DRAFTS_READY,
                count + (count == 1 ? " draft invoice is" : " draft invoices are") + " ready for approval."));
    }

    private static List<Notification> integrationsNeedingReauth(Session session, Instant since, NotificationSettings settings) {
        return session.createSelectionQuery(
                        "from IntegrationConnection where status = :reauth and updatedAt > :since order by system",
                        IntegrationConnection.class)
                .setParameter("reauth", ConnectionStatus.NEEDS_REAUTH)
                .setParameter("since", since)
                .getResultList().stream()
                .map(c -> notification(settings, NotificationEvent.INTEGRATION_NEEDS_REAUTH,
                        c.getSystem().displayName() + " needs you to sign in again; until then its sync and pushes wait."))
                .toList();
    }

    private static Notification notification(NotificationSettings settings, NotificationEvent event, String text) {
        return new Notification(event, settings.deliveryOf(event), event.title(), text, event.link());
    }
}
