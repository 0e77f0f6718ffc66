package dev.billingone.workstation.sync.connectors.xero;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.invoices.CreditNoteSnapshot;
import dev.billingone.workstation.sync.PageOutcome;
import dev.billingone.workstation.sync.RemoteApi;
import dev.billingone.workstation.sync.SyncPage;
import dev.billingone.workstation.sync.connectors.Json;
import dev.billingone.workstation.sync.connectors.Snapshots;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.hibernate.Session;

/** Xero sales credit notes (ACCRECCREDIT) → credit note snapshots, paged and incremental like invoices. */
final class XeroCreditNotes extends XeroPagedResource {
    private static final Snapshots.Kind<CreditNoteSnapshot> KIND = new Snapshots.Kind<>(CreditNoteSnapshot.class,
            CreditNoteSnapshot::new, CreditNoteSnapshot::setSystem, CreditNoteSnapshot::setExternalId,
            CreditNoteSnapshot::getExternalId);

    XeroCreditNotes(RemoteApi api, HttpUrl baseUrl, String tenant) {
        super(api, baseUrl, tenant);
    }

    @Override
    public String name() {
        return "credit-notes";
    }

    @Override
    String endpoint() {
        return "CreditNotes";
    }

    @Override
    Map<String, String> query() {
        return Map.of("where", "Type==\"ACCRECCREDIT\"");
    }

    @Override
    public PageOutcome store(Session session, SyncPage<JsonNode> page) {
        PageOutcome outcome = new PageOutcome();
        List<JsonNode> valid = Snapshots.parseEach(page.records(),
                c -> "credit note " + c.path("CreditNoteNumber").asText(c.path("CreditNoteID").asText("?")),
                XeroCreditNotes::checked, outcome);
        Snapshots.upsert(session, KIND, ExternalSystem.XERO, valid, c -> c.get("CreditNoteID").asText(), XeroCreditNotes::fill, outcome);
        return outcome;
    }

    /** Reads every required field once, so that a bad credit note is reported before anything is written. */
    private static JsonNode checked(JsonNode note) {
        Json.required(note, "CreditNoteID");
        Json.required(note.path("Contact"), "ContactID");
        XeroDates.date(Json.required(note, "Date"));
        Json.required(note, "Status");
        Json.currency(note, "CurrencyCode");
        XeroInvoices.amountTypes(Json.text(note, "LineAmountTypes"));
        Json.decimal(note, "Total");
        return note;
    }

    private static void fill(JsonNode note, CreditNoteSnapshot row) {
        row.setCreditNoteNumber(Snapshots.text(Json.text(note, "CreditNoteNumber"), 100));
        row.setContactExternalId(note.path("Contact").get("ContactID").asText());
        row.setIssueDate(XeroDates.date(note.get("Date").asText()));
        row.setStatus(note.get("Status").asText());
        row.setCurrency(note.get("CurrencyCode").asText());
        row.setLineAmountTypes(XeroInvoices.amountTypes(Json.text(note, "LineAmountTypes")));
        row.setSubtotal(Json.decimalOrZero(note, "SubTotal"));
        row.setTotalTax(Json.decimalOrZero(note, "TotalTax"));
        row.setTotal(Json.decimalOrZero(note, "Total"));
        row.setRemainingCredit(Json.decimalOrZero(note, "RemainingCredit"));
        row.setReference(Snapshots.text(Json.text(note, "Reference"), 500));
        row.setRemoteUpdatedAt(XeroDates.instant(Json.text(note, "UpdatedDateUTC")));
    }
}
