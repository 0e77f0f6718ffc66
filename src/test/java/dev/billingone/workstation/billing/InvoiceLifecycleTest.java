package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.organization.InvoiceNumbering;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InvoiceLifecycleTest extends BillingStoreTest {
    private static final Period NOV = Period.of(2026, 11);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private GeneratedInvoice draft(boolean mappedToXero, LineAmountTypes types) {
        return store.inTransaction(s -> {
            Client client = BillingFixture.client(s, "Lifecycle " + SEQ.incrementAndGet());
            client.setTaxTreatment(types);
            if (mappedToXero) {
                BillingFixture.xeroContact(s, client, "contact-" + client.getId());
            }
            GeneratedInvoiceLine line = DraftInvoices.addLine(s, client.getId(), NOV, BillingFixture.manualLine("Seats", "3", "33.33", "10"));
            return s.find(GeneratedInvoice.class, line.getInvoiceId());
        });
    }

    private OutboxEntry outbox(GeneratedInvoice invoice) {
        return store.read(s -> InvoiceLifecycle.queuedPush(s, s.find(GeneratedInvoice.class, invoice.getId())));
    }

    @Test
    void approvingFreezesNumbersAuditsAndQueuesTheXeroPayload() throws Exception {
        Actor.set("alice");
        store.write(s -> {
            Organization org = s.createSelectionQuery("from Organization", Organization.class).getSingleResult();
            org.setInvoiceNumbering(InvoiceNumbering.LOCAL);
            org.setInvoiceNumberPrefix("INV-");
            org.setNextInvoiceNumber(1000);
        });
        GeneratedInvoice draft = draft(true, LineAmountTypes.Exclusive);

        store.write(s -> InvoiceLifecycle.approve(s, draft.getId()));

        GeneratedInvoice approved = store.read(s -> s.find(GeneratedInvoice.class, draft.getId()));
        assertThat(approved.getStatus()).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(approved.getApprovedBy()).isEqualTo("alice");
        assertThat(approved.getInvoiceNumber()).isEqualTo("INV-1000");
        OutboxEntry entry = outbox(approved);
        assertThat(entry.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.getOperation()).isEqualTo(PushQueue.INVOICE);
        JsonNode payload = XeroPayloads.JSON.readTree(entry.getPayload());
        assertThat(payload.path("Type").asText()).isEqualTo("ACCREC");
        assertThat(payload.path("InvoiceNumber").asText()).isEqualTo("INV-1000");
        assertThat(payload.path("Contact").path("ContactID").asText()).isEqualTo("contact-" + approved.getClientId());
        assertThat(payload.path("LineAmountTypes").asText()).isEqualTo("Exclusive");
        JsonNode line = payload.path("LineItems").path(0);
        assertThat(line.path("Quantity").decimalValue()).isEqualByComparingTo("3");
        assertThat(line.path("UnitAmount").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(line.path("DiscountRate").decimalValue()).isEqualByComparingTo("10");
        assertThat(entry.getPayload()).contains("\"LineAmount\":89.99,\"TaxAmount\":9.00");
        List<AuditEvent> history = store.read(s -> AuditLog.history(s, "generated_invoice", draft.getId()));
        assertThat(history).extracting(AuditEvent::getAction).contains("approve");
        assertThat(history).filteredOn(e -> e.getAction().equals("approve")).extracting(AuditEvent::getActor).containsOnly("alice");

        assertThatThrownBy(() -> store.write(s -> InvoiceLifecycle.approve(s, draft.getId())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("approved");
        store.write(s -> s.createSelectionQuery("from Organization", Organization.class).getSingleResult()
                .setInvoiceNumbering(InvoiceNumbering.REMOTE));
    }

    @Test
    void approveAllApprovesWhatItCanAndSaysWhyNotForTheRest() {
        GeneratedInvoice mapped = draft(true, LineAmountTypes.Exclusive);
        GeneratedInvoice unmapped = draft(false, LineAmountTypes.Exclusive);

        InvoiceLifecycle.Approval approval = store.inTransaction(s ->
                InvoiceLifecycle.approveAll(s, List.of(mapped.getId(), unmapped.getId())));

        assertThat(approval.approved()).containsExactly(mapped.getId());
        assertThat(approval.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("no Xero contact", "Mapping"));
        GeneratedInvoice stillDraft = store.read(s -> s.find(GeneratedInvoice.class, unmapped.getId()));
        assertThat(stillDraft.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(stillDraft.getVersion()).isEqualTo(unmapped.getVersion());
        assertThat(outbox(unmapped)).isNull();
    }

    @Test
    void editingALineRecomputesAmountsAndTaxInTheInvoicesTaxMode() {
        GeneratedInvoice draft = draft(true, LineAmountTypes.Inclusive);
        long lineId = store.read(s -> DraftInvoices.lines(s, draft.getId()).get(0).getId());

        store.write(s -> InvoiceLifecycle.editLine(s, lineId, new InvoiceLifecycle.LineEdit("Seats (Nov)",
                new BigDecimal("4"), new BigDecimal("27.50"), BigDecimal.ZERO, "OUTPUT", "200")));

        GeneratedInvoice edited = store.read(s -> s.find(GeneratedInvoice.class, draft.getId()));
        // Inclusive: 110.00 includes GST of 110 × 10/110 = 10.00
        assertThat(edited.getTotal()).isEqualByComparingTo("110.00");
        assertThat(edited.getTotalTax()).isEqualByComparingTo("10.00");
        assertThat(edited.getSubtotal()).isEqualByComparingTo("100.00");
        assertThatThrownBy(() -> store.write(s -> InvoiceLifecycle.editLine(s, lineId, new InvoiceLifecycle.LineEdit("x",
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, "NOT-A-TAX", null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Line 1").hasMessageContaining("NOT-A-TAX");
    }

    @Test
    void voidNeedsAReasonCancelsAnUnsentOrRefusedPushAndRefusesPushedInvoices() {
        GeneratedInvoice draft = draft(true, LineAmountTypes.Exclusive);
        store.write(s -> InvoiceLifecycle.approve(s, draft.getId()));

        assertThatThrownBy(() -> store.write(s -> InvoiceLifecycle.voidInvoice(s, draft.getId(), " ")))
                .isInstanceOf(InvalidInputException.class);
        store.write(s -> InvoiceLifecycle.voidInvoice(s, draft.getId(), "Client churned before month start"));

        assertThat(store.read(s -> s.find(GeneratedInvoice.class, draft.getId())).getStatus()).isEqualTo(InvoiceStatus.VOID);
        assertThat(outbox(draft).getState()).isEqualTo(OutboxState.CANCELLED);

        GeneratedInvoice refused = draft(true, LineAmountTypes.Exclusive);
        store.write(s -> InvoiceLifecycle.approve(s, refused.getId()));
        store.write(s -> InvoiceLifecycle.queuedPush(s, s.find(GeneratedInvoice.class, refused.getId()))
                .setState(OutboxState.REJECTED));
        store.write(s -> InvoiceLifecycle.voidInvoice(s, refused.getId(), "Xero refused it; billed by hand"));
        assertThat(outbox(refused).getState()).isEqualTo(OutboxState.CANCELLED);

        GeneratedInvoice pushed = draft(true, LineAmountTypes.Exclusive);
        store.write(s -> s.find(GeneratedInvoice.class, pushed.getId()).setStatus(InvoiceStatus.PUSHED));
        assertThatThrownBy(() -> store.write(s -> InvoiceLifecycle.voidInvoice(s, pushed.getId(), "oops")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("credit note");
    }
}
