package dev.billingone.workstation.sync.connectors.qbo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.InvoiceSnapshots;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/** QBO invoices with their sales lines → invoice snapshots; the SyncToken is kept for conflict-safe updates. */
final class QboInvoices extends QboQueryResource {
    QboInvoices(RemoteApi api, HttpUrl companyUrl, String realm, String minorVersion, Clock clock) {
        super(api, companyUrl, realm, minorVersion, clock);
    }

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    String entity() {
        return "Invoice";
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<Parsed> invoices = Snapshots.parseEach(page.records(),
                i -> "invoice " + i.path("DocNumber").asText(i.path("Id").asText("?")), Parsed::of, outcome);
        InvoiceSnapshots.upsert(session, ExternalSystem.QBO, invoices, outcome);
        return outcome;
    }

    private record Parsed(String externalId, String number, String customerId, LocalDate date, LocalDate due, String status,
                          String currency, LineAmountTypes amountTypes, BigDecimal total, BigDecimal tax, BigDecimal balance,
                          String syncToken, Instant updated, List<InvoiceSnapshotLine> lines)
            implements InvoiceSnapshots.RemoteInvoice {
        static Parsed of(JsonNode invoice) {
            List<InvoiceSnapshotLine> lines = new ArrayList<>();
            for (JsonNode line : invoice.path("Line")) {
                if (!"SalesItemLineDetail".equals(line.path("DetailType").asText())) {
                    continue; // subtotal and discount lines are totals, not billed items
                }
                JsonNode detail = line.path("SalesItemLineDetail");
                InvoiceSnapshotLine snapshot = new InvoiceSnapshotLine();
                snapshot.setItemCode(Snapshots.text(detail.path("ItemRef").path("name").asText(null), 100));
                snapshot.setDescription(Snapshots.text(Json.text(line, "Description"), 4000));
                snapshot.setQuantity(Json.decimal(detail, "Qty"));
                snapshot.setUnitAmount(Json.decimal(detail, "UnitPrice"));
                snapshot.setLineAmount(Json.decimalOrZero(line, "Amount"));
                snapshot.setTaxType(Snapshots.text(detail.path("TaxCodeRef").path("value").asText(null), 50));
                lines.add(snapshot);
            }
            BigDecimal total = Json.decimalOrZero(invoice, "TotalAmt");
            BigDecimal tax = Json.decimalOrZero(invoice.path("TxnTaxDetail"), "TotalTax");
            BigDecimal balance = Json.decimalOrZero(invoice, "Balance");
            String status = "Deleted".equals(invoice.path("status").asText()) ? "DELETED"
                    : balance.signum() == 0 && total.signum() > 0 ? "PAID" : "OPEN";
            return new Parsed(Json.required(invoice, "Id"), Json.text(invoice, "DocNumber"),
                    Json.required(invoice.path("CustomerRef"), "value"), QboDates.date(Json.required(invoice, "TxnDate")),
                    QboDates.date(Json.text(invoice, "DueDate")), status,
                    invoice.path("CurrencyRef").path("value").asText("USD"),
                    amountTypes(invoice.path("GlobalTaxCalculation").asText("TaxExcluded")), total, tax, balance,
                    Json.text(invoice, "SyncToken"), QboDates.instant(invoice.path("MetaData").path("LastUpdatedTime").asText(null)),
                    lines);
        }

        private static LineAmountTypes amountTypes(String globalTaxCalculation) {
            switch (globalTaxCalculation) {
                case "TaxInclusive":
                    return LineAmountTypes.Inclusive;
                case "NotApplicable":
                    return LineAmountTypes.NoTax;
                default:
                    return LineAmountTypes.Exclusive;
            }
        }

        @Override
        public String label() {
            return "invoice " + (number == null ? externalId : number);
        }

        @Override
        public void fill(InvoiceSnapshot snapshot) {
            snapshot.setInvoiceNumber(number);
            snapshot.setContactExternalId(customerId);
            snapshot.setIssueDate(date);
            snapshot.setDueDate(due);
            snapshot.setStatus(status);
            snapshot.setCurrency(currency);
            snapshot.setLineAmountTypes(amountTypes);
            snapshot.setTotal(total);
            snapshot.setTotalTax(tax);
            snapshot.setSubtotal(total.subtract(tax));
            snapshot.setAmountDue(balance);
            snapshot.setAmountPaid(total.subtract(balance));
            snapshot.setSyncToken(syncToken);
            snapshot.setRemoteUpdatedAt(updated);
        }
    }
}
