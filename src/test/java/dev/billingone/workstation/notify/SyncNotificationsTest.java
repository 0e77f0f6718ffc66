package dev.billingone.workstation.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.auth.ConnectionStatus;
import dev.billingone.workstation.auth.IntegrationConnection;
import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.billing.NewInvoiceLine;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.config.Settings;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.reconcile.MissedBillingItem;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncNotificationsTest {
    @TempDir
    Path dir;

    private Store store;
    private long client;
    private long product;
    private NotificationWatch watch;
    private NotificationSettings settings = NotificationSettings.from(Settings.defaultsOnly());

    @BeforeEach
    void seed() {
        store = Store.open(TestDatabases.h2(dir));
        store.write(session -> {
            Client c = new Client();
            c.setName("Acme");
            c.setCurrency("AUD");
            session.persist(c);
            client = c.getId();
            Product p = new Product();
            p.setSku("M365");
            p.setName("Microsoft 365");
            p.setCurrency("AUD");
            session.persist(p);
            product = p.getId();
            missed(session, "2026-09", "500.00");
            IntegrationConnection xero = new IntegrationConnection();
            xero.setSystem(ExternalSystem.XERO);
            xero.setStatus(ConnectionStatus.CONNECTED);
            session.persist(xero);
        });
        watch = new NotificationWatch(() -> store, () -> settings, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void missed(Session session, String period, String amount) {
        MissedBillingItem item = new MissedBillingItem();
        item.setClientId(client);
        item.setProductId(product);
        item.setPeriod(period);
        item.setSource("PAX8");
        item.setExpectedQuantity(BigDecimal.ONE);
        item.setBilledQuantity(BigDecimal.ZERO);
        item.setExpectedAmount(new BigDecimal(amount));
        item.setBilledAmount(BigDecimal.ZERO);
        item.setCurrency("AUD");
        item.setStatus(MissedBillingStatus.OPEN);
        session.persist(item);
    }

    @Test
    void nothingIsAnnouncedForWhatExistedBeforeTheWatchStarted() {
        assertThat(watch.check()).isEmpty();
    }

    @Test
    void aSyncThatFindsMissedBillingDraftsAndAnExpiredTokenAnnouncesEachOnceWithItsLink() {
        store.write(session -> {
            missed(session, "2026-10", "60.00");
            missed(session, "2026-11", "45.50");
            DraftInvoices.addLine(session, client, Period.parse("2026-11"), new NewInvoiceLine(product, "M365", "Seats",
                    BigDecimal.TEN, new BigDecimal("30"), null, "OUTPUT", "200", null, null, LineSource.SUBSCRIPTION, null));
            session.createSelectionQuery("from IntegrationConnection", IntegrationConnection.class).getSingleResult()
                    .setStatus(ConnectionStatus.NEEDS_REAUTH);
        });

        List<Notification> first = watch.check();

        assertThat(first).extracting(Notification::event, Notification::text, Notification::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationEvent.NEW_MISSED_BILLING,
                        "2 new items not billed: AUD 105.50.", "billingone://missed-billing"),
                org.assertj.core.groups.Tuple.tuple(NotificationEvent.DRAFTS_READY,
                        "1 draft invoice is ready for approval.", "billingone://generated-invoices?status=draft"),
                org.assertj.core.groups.Tuple.tuple(NotificationEvent.INTEGRATION_NEEDS_REAUTH,
                        "Xero needs you to sign in again; until then its sync and pushes wait.", "billingone://settings/integrations"));
        assertThat(first).extracting(Notification::delivery).containsOnly(Delivery.IN_APP);
        assertThat(watch.check()).isEmpty();
    }

    @Test
    void missedBillingAtOrBelowTheThresholdStaysQuietAndNoneMeansNone() {
        settings = settings.withThreshold(new BigDecimal("105.50")).with(NotificationEvent.DRAFTS_READY, Delivery.NONE)
                .with(NotificationEvent.INTEGRATION_NEEDS_REAUTH, Delivery.TRAY);
        store.write(session -> {
            missed(session, "2026-10", "60.00");
            missed(session, "2026-11", "45.50");
            DraftInvoices.addLine(session, client, Period.parse("2026-11"), new NewInvoiceLine(product, "M365", "Seats",
                    BigDecimal.ONE, BigDecimal.ONE, null, "OUTPUT", "200", null, null, LineSource.MANUAL, null));
            session.createSelectionQuery("from IntegrationConnection", IntegrationConnection.class).getSingleResult()
                    .setStatus(ConnectionStatus.NEEDS_REAUTH);
        });

        assertThat(watch.check()).singleElement().satisfies(n -> {
            assertThat(n.event()).isEqualTo(NotificationEvent.INTEGRATION_NEEDS_REAUTH);
            assertThat(n.delivery()).isEqualTo(Delivery.TRAY);
        });
    }
}
