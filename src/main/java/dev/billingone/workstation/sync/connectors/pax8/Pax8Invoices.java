package dev.billingone.workstation.sync.connectors.pax8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.subscriptions.VendorInvoice;
import dev.billingone.workstation.subscriptions.VendorInvoiceItem;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncCursorValue;
import dev.billingone.workstation.sync.SyncHttp;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/**
 * Pax8 invoices (what Pax8 billed us) with their items → vendor invoices. Each page's invoices are read with all
 * their items before the page is stored, so an invoice is never half there. Incremental by invoice date: a run
 * re-reads the invoices of the last two months before the watermark, since their balance changes when paid.
 */
final class Pax8Invoices extends Pax8PagedResource {
    static final Duration BALANCE_REACH = Duration.ofDays(62);
    private static final Snapshots.Kind<VendorInvoice> KIND = new Snapshots.Kind<>(VendorInvoice.class, VendorInvoice::new,
            VendorInvoice::setSystem, VendorInvoice::setExternalId, VendorInvoice::getExternalId);

    Pax8Invoices(RemoteApi api, HttpUrl baseUrl) {
        super(api, baseUrl);
    }

    @Override
    public String name() {
        return "invoices";
    }

    @Override
    String path() {
        return "invoices";
    }

    @Override
    Map<String, String> query(SyncCursorValue cursor) {
        return cursor.since() == null ? Map.of() : Map.of("invoiceDateRangeStart",
                cursor.since().minus(BALANCE_REACH).atZone(ZoneOffset.UTC).toLocalDate().toString());
    }

    @Override
    Instant changed(JsonNode invoice) {
        return Pax8Dates.instant(Json.text(invoice, "invoiceDate"));
    }

    @Override
    public SyncPage<JsonNode> fetch(SyncCursorValue cursor) {
        SyncPage<JsonNode> page = super.fetch(cursor);
        List<JsonNode> withItems = new ArrayList<>();
        for (JsonNode invoice : page.records()) {
            String id = Json.text(invoice, "id");
            ObjectNode copy = ((ObjectNode) invoice).deepCopy();
            if (id != null) {
                copy.set("items", SyncHttp.JSON.valueToTree(readAll(url().addPathSegment("invoices").addPathSegment(id)
                        .addPathSegment("items"))));
            }
            withItems.add(copy);
        }
        return new SyncPage<>(withItems, page.next(), page.last());
    }

    private record Parsed(String id, LocalDate date, LocalDate due, String status, String currency, BigDecimal total,
                          BigDecimal balance, List<VendorInvoiceItem> items) {
        static Parsed of(JsonNode invoice) {
            List<VendorInvoiceItem> items = new ArrayList<>();
            for (JsonNode item : invoice.path("items")) {
                items.add(item(item));
            }
            return new Parsed(Json.required(invoice, "id"), Pax8Dates.date(Json.required(invoice, "invoiceDate")),
                    Pax8Dates.date(Json.text(invoice, "dueDate")), Json.text(invoice, "status"),
                    Json.currency(invoice, "currencyCode"), Json.decimalOrZero(invoice, "total"),
                    Json.decimalOrZero(invoice, "balance"), items);
        }

        private static VendorInvoiceItem item(JsonNode item) {
            VendorInvoiceItem row = new VendorInvoiceItem();
            row.setExternalId(Json.text(item, "id"));
            row.setItemType(Snapshots.text(Json.text(item, "type"), 30));
            row.setCompanyExternalId(Json.text(item, "companyId"));
            row.setSubscriptionExternalId(Json.text(item, "subscriptionId"));
            row.setVendorProductExternalId(Json.text(item, "productId"));
            row.setSku(Snapshots.text(Json.text(item, "sku"), 100));
            String description = Json.text(item, "description");
            row.setDescription(Snapshots.text(description != null ? description : Json.text(item, "productName"), 4000));
            row.setStartPeriod(Pax8Dates.date(Json.text(item, "startPeriod")));
            row.setEndPeriod(Pax8Dates.date(Json.text(item, "endPeriod")));
            row.setQuantity(Json.decimal(item, "quantity"));
            row.setTerm(Snapshots.text(Json.text(item, "term"), 30));
            row.setPrice(Json.decimal(item, "price"));
            row.setCost(Json.decimal(item, "cost"));
            row.setCostTotal(Json.decimal(item, "costTotal"));
            row.setTotal(Json.decimal(item, "total"));
            return row;
        }
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<Parsed> invoices = Snapshots.parseEach(page.records(),
                i -> "invoice " + i.path("id").asText("?") + " of " + i.path("invoiceDate").asText("?"), Parsed::of, outcome);
        Map<Parsed, VendorInvoice> rows = Snapshots.upsert(session, KIND, ExternalSystem.PAX8, invoices, Parsed::id, (parsed, row) -> {
            row.setInvoiceDate(parsed.date());
            row.setDueDate(parsed.due());
            row.setStatus(Snapshots.text(parsed.status(), 30));
            row.setCurrency(parsed.currency());
            row.setTotal(parsed.total());
            row.setBalance(parsed.balance());
        }, outcome);
        List<Long> ids = rows.values().stream().map(VendorInvoice::getId).toList();
        if (!ids.isEmpty()) { // items are replaced whole: a snapshot equals what Pax8 holds now
            session.createMutationQuery("delete from VendorInvoiceItem where vendorInvoiceId in (:ids)")
                    .setParameterList("ids", ids).executeUpdate();
        }
        rows.forEach((parsed, row) -> {
            int lineNo = 1;
            for (VendorInvoiceItem item : parsed.items()) {
                item.setVendorInvoiceId(row.getId());
                item.setLineNo(lineNo++);
                session.persist(item);
            }
        });
        return outcome;
    }
}
