package dev.billingone.workstation.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the client detail screen shows about one client, read in one transaction. */
public record ClientProfile(Client client, List<ExternalAccount> links, List<SubscriptionRow> subscriptions,
                            List<InvoiceRow> invoices, List<ContractRow> contracts) {

    /** A Pax8 subscription of one of the client's mapped companies, with our SKU when the product is mapped. */
    public record SubscriptionRow(String externalId, String product, String sku, BigDecimal quantity, BigDecimal price,
                                  String currency, String billingTerm, String status, LocalDate startDate, LocalDate endDate) {
    }

    /** An invoice billed to the client: synced from Xero/QBO, or generated here. */
    public record InvoiceRow(String source, String number, LocalDate date, String status, BigDecimal total,
                             BigDecimal amountDue, String currency) {
    }

    /** A contract line with its contract. */
    public record ContractRow(long contractId, String contract, String status, LocalDate start, LocalDate end,
                              String sku, String product, BigDecimal quantity, BigDecimal unitPrice, String frequency) {
    }
}
