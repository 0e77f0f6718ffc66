package dev.billingone.workstation.triage;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.billing.NewInvoiceLine;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.contracts.ContractStatus;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.reconcile.MissedBillingItem;
import dev.billingone.workstation.reconcile.MissedBillingStatus;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.Session;

/**
 * A small organisation with something of every kind the triage window shows: two clients in two currencies,
 * open, snoozed, expired-snooze and dismissed missed billing, a draft and an approved invoice, a contract ending
 * soon, and a failed outbox entry.
 */
public final class TriageFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final Period PERIOD = Period.parse("2026-11");
    public static final String ACME_CONTACT = "xero-contact-acme";

    public long acme;
    public long beta;
    public long m365;
    public long defender;
    public long acmeDraft;

    public static TriageFixture seed(Store store) {
        TriageFixture f = new TriageFixture();
        store.write(session -> {
            Organization organization = new Organization();
            organization.setName("Southern Triage IT");
            organization.setSlug("southern-triage");
            organization.setBaseCurrency("AUD");
            session.persist(organization);
            f.acme = client(session, "Acme Dental Pty Ltd", "AUD");
            f.beta = client(session, "Beta Logistics", "NZD");
            xeroContact(session, f.acme, "Acme Dental Pty Ltd");
            client(session, "Archived Co", "AUD", false);
            f.m365 = product(session, "M365-BP", "Microsoft 365 Business Premium");
            f.defender = product(session, "DEF-EP", "Defender for Endpoint");
            missed(session, f.acme, f.m365, "AUD", "3", "99.00", MissedBillingStatus.OPEN, null);
            missed(session, f.acme, f.defender, "AUD", "2", "12.50", MissedBillingStatus.OPEN, null);
            missed(session, f.beta, f.m365, "NZD", "1", "40.00", MissedBillingStatus.SNOOZED, TODAY.minusDays(1));
            missed(session, f.beta, f.defender, "NZD", "5", "9.00", MissedBillingStatus.SNOOZED, TODAY.plusDays(7));
            missed(session, f.acme, f.m365, "AUD", "1", "99.00", MissedBillingStatus.DISMISSED, null, "2026-10");
            f.acmeDraft = DraftInvoices.addLine(session, f.acme, PERIOD, line(f.m365, "10", "33.00")).getInvoiceId();
            DraftInvoices.addLine(session, f.acme, PERIOD, line(f.defender, "10", "5.00"));
            long betaInvoice = DraftInvoices.addLine(session, f.beta, PERIOD, line(f.m365, "4", "35.00")).getInvoiceId();
            session.find(GeneratedInvoice.class, betaInvoice).setStatus(InvoiceStatus.APPROVED);
            contract(session, f.acme, TODAY.plusDays(20));
            contract(session, f.beta, TODAY.plusDays(90));
            OutboxEntry failed = Outbox.enqueue(session, ExternalSystem.XERO, "tenant", "invoice.create", "generated_invoice",
                    betaInvoice, "{}", "test-failed-1");
            failed.setState(OutboxState.FAILED);
        });
        return f;
    }

    static NewInvoiceLine line(long productId, String quantity, String price) {
        return new NewInvoiceLine(productId, null, "Seats", new BigDecimal(quantity), new BigDecimal(price), null,
                "OUTPUT", "200", null, null, LineSource.SUBSCRIPTION, null);
    }

    private static long client(Session session, String name, String currency) {
        return client(session, name, currency, true);
    }

    private static long client(Session session, String name, String currency, boolean active) {
        Client client = new Client();
        client.setName(name);
        client.setCurrency(currency);
        client.setActive(active);
        session.persist(client);
        return client.getId();
    }

    /** Acme can be approved and pushed: Xero knows it as contact {@link #ACME_CONTACT}. */
    private static void xeroContact(Session session, long client, String name) {
        ExternalAccount account = new ExternalAccount();
        account.setSystem(ExternalSystem.XERO);
        account.setExternalId(ACME_CONTACT);
        account.setName(name);
        account.setClientId(client);
        session.persist(account);
    }

    private static long product(Session session, String sku, String name) {
        Product product = new Product();
        product.setSku(sku);
        product.setName(name);
        product.setCurrency("AUD");
        session.persist(product);
        return product.getId();
    }

    static void missed(Session session, long client, long product, String currency, String seats, String price,
                       MissedBillingStatus status, LocalDate snoozeUntil) {
        missed(session, client, product, currency, seats, price, status, snoozeUntil, PERIOD.toString());
    }

    private static void missed(Session session, long client, long product, String currency, String seats, String price,
                               MissedBillingStatus status, LocalDate snoozeUntil, String period) {
        MissedBillingItem item = new MissedBillingItem();
        item.setClientId(client);
        item.setProductId(product);
        item.setPeriod(period);
        item.setSource("PAX8");
        item.setExpectedQuantity(new BigDecimal(seats).add(BigDecimal.TEN));
        item.setBilledQuantity(BigDecimal.TEN);
        item.setExpectedAmount(new BigDecimal(seats).add(BigDecimal.TEN).multiply(new BigDecimal(price)));
        item.setBilledAmount(BigDecimal.TEN.multiply(new BigDecimal(price)));
        item.setCurrency(currency);
        item.setStatus(status);
        item.setSnoozeUntil(snoozeUntil);
        session.persist(item);
    }

    private static void contract(Session session, long client, LocalDate end) {
        Contract contract = new Contract();
        contract.setClientId(client);
        contract.setName("Managed services");
        contract.setStatus(ContractStatus.ACTIVE);
        contract.setStartDate(end.minusYears(1));
        contract.setEndDate(end);
        session.persist(contract);
    }
}
