package dev.billingone.workstation.sync.connectors.xero;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/** Xero sales invoices (ACCREC) with their lines → invoice snapshots. */
final class XeroInvoices extends XeroPagedResource {
    XeroInvoices(RemoteApi api, HttpUrl baseUrl, String tenant) {
        super(api, baseUrl, tenant);
    }

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    String endpoint() {
        return "Invoices";
    }

    @Override
    Map<String, String> query() {
        return Map.of("where", "Type==\"ACCREC\"");
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<Parsed> invoices = Snapshots.parseEach(page.records(),
                i -> "invoice " + i.path("InvoiceNumber").asText(i.path("InvoiceID").asText("?")), Parsed::of, outcome);
        InvoiceSnapshots.upsert(session, ExternalSystem.XERO, invoices, outcome);
        return outcome;
    }

    /** Xero's LineAmountTypes; absent means Exclusive (Xero's default). */
    static LineAmountTypes amountTypes(String value) {
        return value == null ? LineAmountTypes.Exclusive : LineAmountTypes.valueOf(value);
    }

    /** One invoice, fully read before anything is written. */
    private record Parsed(String externalId, String number, String contactId, LocalDate date, LocalDate due, String status,
                          String currency, LineAmountTypes amountTypes, JsonNode totals, Instant updated,
                          List<InvoiceSnapshotLine> lines) implements InvoiceSnapshots.RemoteInvoice {
        static Parsed of(JsonNode invoice) {
            LocalDate date = XeroDates.date(Json.required(invoice, "Date"));
            List<InvoiceSnapshotLine> lines = new ArrayList<>();
            for (JsonNode item : invoice.path("LineItems")) {
                InvoiceSnapshotLine line = new InvoiceSnapshotLine();
                line.setItemCode(Snapshots.text(Json.text(item, "ItemCode"), 100));
                line.setDescription(Snapshots.text(Json.text(item, "Description"), 4000));
                line.setQuantity(Json.decimal(item, "Quantity"));
                line.setUnitAmount(Json.decimal(item, "UnitAmount"));
                line.setDiscountRate(Json.decimal(item, "DiscountRate"));
                line.setLineAmount(Json.decimalOrZero(item, "LineAmount"));
                line.setTaxType(Snapshots.text(Json.text(item, "TaxType"), 50));
                line.setTaxAmount(Json.decimal(item, "TaxAmount"));
                line.setAccountCode(Snapshots.text(Json.text(item, "AccountCode"), 50));
                lines.add(line);
            }
            return new Parsed(Json.required(invoice, "InvoiceID"), Json.text(invoice, "InvoiceNumber"),
                    Json.required(invoice.path("Contact"), "ContactID"), date, XeroDates.date(Json.text(invoice, "DueDate")),
                    Json.required(invoice, "Status"), Json.currency(invoice, "CurrencyCode"),
                    XeroInvoices.amountTypes(Json.text(invoice, "LineAmountTypes")), invoice,
                    XeroDates.instant(Json.text(invoice, "UpdatedDateUTC")), lines);
        }

        @Override
        public String label() {
            return "invoice " + (number == null ? externalId : number);
        }

        @Override
        public void fill(InvoiceSnapshot snapshot) {
            snapshot.setInvoiceNumber(number);
            snapshot.setContactExternalId(contactId);
            snapshot.setIssueDate(date);
            snapshot.setDueDate(due);
            snapshot.setStatus(status);
            snapshot.setCurrency(currency);
            snapshot.setLineAmountTypes(amountTypes);
            snapshot.setSubtotal(Json.decimalOrZero(totals, "SubTotal"));
            snapshot.setTotalTax(Json.decimalOrZero(totals, "TotalTax"));
            snapshot.setTotal(Json.decimalOrZero(totals, "Total"));
            snapshot.setAmountDue(Json.decimalOrZero(totals, "AmountDue"));
            snapshot.setAmountPaid(Json.decimalOrZero(totals, "AmountPaid"));
            snapshot.setRemoteUpdatedAt(updated);
        }
    }
}
