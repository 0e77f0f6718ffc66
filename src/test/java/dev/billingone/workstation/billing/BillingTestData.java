package dev.billingone.workstation.billing;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.contracts.Contract;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.Store;
import java.time.LocalDate;

/** Small data sets for tests outside this package (CLI, screens). */
public final class BillingTestData {
    private BillingTestData() {
    }

    /** One billable client (1 × 150.00 support + GST = 165.00), mapped to Xero; one with an unpriced product. */
    public static void twoClientsOneParked(Store store) {
        store.write(s -> {
            BillingFixture.organization(s);
            Client good = BillingFixture.client(s, "Acacia Dental");
            BillingFixture.xeroContact(s, good, "contact-acacia");
            Contract contract = BillingFixture.contract(s, good, LocalDate.of(2026, 1, 1), null);
            BillingFixture.contractLine(s, contract, BillingFixture.product(s, "SUPPORT", "150.00"), "1", null);
            Client parked = BillingFixture.client(s, "Banksia Legal");
            Contract other = BillingFixture.contract(s, parked, LocalDate.of(2026, 1, 1), null);
            BillingFixture.contractLine(s, other, BillingFixture.product(s, "UNPRICED", null), "2", null);
        });
    }

    /** {@code count} clients ("Client 1"…) mapped to Xero, each billed 1 × 150.00 support a month. */
    /** An invoice already pushed for the first client of {@link #billableClients}: two seats of support at 150.00. */
    public static long pushedInvoice(Store store, Period period) {
        return store.inTransaction(s -> {
            long client = s.createSelectionQuery("select min(id) from Client", Long.class).getSingleResult();
            GeneratedInvoiceLine line = DraftInvoices.addLine(s, client, period,
                    BillingFixture.manualLine("Support", "2", "150.00", "0"));
            GeneratedInvoice invoice = s.find(GeneratedInvoice.class, line.getInvoiceId());
            invoice.setStatus(InvoiceStatus.PUSHED);
            invoice.setInvoiceNumber("INV-PUSHED-1");
            return invoice.getId();
        });
    }

    public static void billableClients(Store store, int count) {
        store.write(s -> {
            BillingFixture.organization(s);
            var support = BillingFixture.product(s, "SUPPORT", "150.00");
            for (int i = 1; i <= count; i++) {
                Client client = BillingFixture.client(s, "Client " + i);
                BillingFixture.xeroContact(s, client, "contact-" + i);
                Contract contract = BillingFixture.contract(s, client, LocalDate.of(2026, 1, 1), null);
                BillingFixture.contractLine(s, contract, support, "1", null);
            }
        });
    }
}
