package dev.billingone.workstation.store;

import dev.billingone.workstation.billing.GeneratedInvoice;
import dev.billingone.workstation.billing.InvoiceKind;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.LineAmountTypes;
import java.math.BigDecimal;

/** Clients, products and invoices that service tests build on, written through the real store. */
public final class SampleRecords {
    private SampleRecords() {
    }

    public static long client(Store store, String name, String currency) {
        return store.inTransaction(session -> {
            Client client = new Client();
            client.setName(name);
            client.setCurrency(currency);
            client.setTaxTreatment(LineAmountTypes.Exclusive);
            client.setDefaultTaxType("OUTPUT");
            session.persist(client);
            return client.getId();
        });
    }

    public static long product(Store store, String sku, String unitPrice, boolean active) {
        return store.inTransaction(session -> {
            Product product = new Product();
            product.setSku(sku);
            product.setName(sku.replace('-', ' '));
            product.setUnitPrice(unitPrice == null ? null : new BigDecimal(unitPrice));
            product.setCost(unitPrice == null ? null : new BigDecimal(unitPrice).multiply(new BigDecimal("0.7")));
            product.setCurrency("AUD");
            product.setTaxType("OUTPUT");
            product.setSalesAccountCode("200");
            product.setActive(active);
            session.persist(product);
            return product.getId();
        });
    }

    public static void setCatalogPrice(Store store, long productId, String unitPrice) {
        store.write(session -> session.find(Product.class, productId).setUnitPrice(new BigDecimal(unitPrice)));
    }

    /** An invoice in the given state with the given totals, as the billing feature would have left it. */
    public static long invoice(Store store, long clientId, String period, InvoiceStatus status, String subtotal, String tax) {
        return store.inTransaction(session -> {
            GeneratedInvoice invoice = new GeneratedInvoice();
            invoice.setClientId(clientId);
            invoice.setPeriod(period);
            invoice.setKind(InvoiceKind.REGULAR);
            invoice.setStatus(status);
            invoice.setCurrency("AUD");
            invoice.setInvoiceNumber("INV-" + period + "-" + clientId);
            invoice.setSubtotal(new BigDecimal(subtotal));
            invoice.setTotalTax(new BigDecimal(tax));
            invoice.setTotal(new BigDecimal(subtotal).add(new BigDecimal(tax)));
            invoice.setIdempotencyKey("gi-test-" + clientId + "-" + period);
            session.persist(invoice);
            return invoice.getId();
        });
    }
}
