package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.SampleRecords;
import dev.billingone.workstation.store.StoreBackedTest;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credit notes from draft to allocated or void, on every backend. */
abstract class CreditNoteServiceContractTest extends StoreBackedTest {
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);

    CreditNoteService notes;
    long client;
    long invoice;

    @BeforeEach
    void data() {
        notes = new CreditNoteService(store);
        client = SampleRecords.client(store, "Harbour Dental Pty Ltd", "AUD");
        invoice = SampleRecords.invoice(store, client, "2026-10", InvoiceStatus.PUSHED, "1000.00", "100.00");
        // Approving queues the Xero credit note itself, which names the client's Xero contact.
        store.write(s -> BillingFixture.xeroContact(s, s.find(dev.billingone.workstation.clients.Client.class, client),
                "contact-harbour"));
    }

    CreditNoteInput input(Long against, CreditNoteReason reason, CreditNoteInput.Line... lines) {
        return new CreditNoteInput(client, against, null, reason, null, ISSUED, List.of(lines));
    }

    static CreditNoteInput.Line line(String qty, String price) {
        return new CreditNoteInput.Line(null, "Duplicate M365 seats", new BigDecimal(qty), new BigDecimal(price), "OUTPUT");
    }

    long version(long id) {
        return notes.get(id).note().getVersion();
    }

    List<OutboxEntry> outbox() {
        return store.read(s -> s.createSelectionQuery("from OutboxEntry", OutboxEntry.class).getResultList());
    }

    @Test
    void linesArePricedLikeInvoiceLines() {
        long id = notes.create(input(invoice, CreditNoteReason.DUPLICATE_CHARGE, line("3", "33.335"), line("1", "0.05")));

        CreditNote note = notes.get(id).note();
        // 3 × 33.335 = 100.005 → 100.01 (tax 10.00); 0.05 (tax 0.005 → 0.01): rounded per line as Xero does
        assertThat(notes.get(id).lines()).extracting(CreditNoteLine::getLineAmount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100.01"), new BigDecimal("0.05"));
        assertThat(note.getSubtotal()).isEqualByComparingTo("100.06");
        assertThat(note.getTotalTax()).isEqualByComparingTo("10.01");
        assertThat(note.getTotal()).isEqualByComparingTo("110.07");
        assertThat(notes.list(null, null)).singleElement().satisfies(row -> {
            assertThat(row.invoice()).isEqualTo("INV-2026-10-" + client);
            assertThat(row.remaining()).isEqualTo(Money.of("110.07", "AUD"));
        });
    }

    @Test
    void validationNamesEachProblem() {
        long draftInvoice = SampleRecords.invoice(store, client, "2026-11", InvoiceStatus.DRAFT, "10.00", "1.00");
        CreditNoteInput bad = new CreditNoteInput(client, draftInvoice, null, CreditNoteReason.OTHER, " ", null,
                List.of(new CreditNoteInput.Line(null, "", BigDecimal.ZERO, new BigDecimal("-1"), null)));
        assertThatThrownBy(() -> notes.create(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("edit the draft instead of crediting it")
                .hasMessageContaining("describe it when the reason is 'other'")
                .hasMessageContaining("issue date: required")
                .hasMessageContaining("line 1: description required")
                .hasMessageContaining("line 1: quantity must be more than 0")
                .hasMessageContaining("line 1: unit price must be 0 or more");
        assertThat(notes.list(null, null)).isEmpty();
    }

    @Test
    void anInvoiceIsNeverCreditedAboveItsTotal() {
        notes.create(input(invoice, CreditNoteReason.ORDER_CHANGE, line("1", "600.00")));
        assertThatThrownBy(() -> notes.create(input(invoice, CreditNoteReason.ORDER_CHANGE, line("1", "400.01"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("AUD 440.01 is more than the AUD 440.00 of invoice INV-2026-10-");
    }

    @Test
    void fullEditOnlyWhileDraftAndStaleEditsConflict() {
        long id = notes.create(input(null, CreditNoteReason.GOODWILL, line("1", "50.00")));
        long v = version(id);
        notes.update(id, v, input(null, CreditNoteReason.GOODWILL, line("2", "50.00")));
        assertThat(notes.get(id).note().getTotal()).isEqualByComparingTo("110.00");
        assertThat(notes.get(id).lines()).hasSize(1);
        assertThatThrownBy(() -> notes.update(id, v, input(null, CreditNoteReason.GOODWILL, line("1", "1.00"))))
                .isInstanceOf(ConflictException.class);

        notes.approve(id, version(id));
        assertThatThrownBy(() -> notes.update(id, version(id), input(null, CreditNoteReason.GOODWILL, line("1", "1.00"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("approved and cannot be edited");
    }

    @Test
    void approvingQueuesOnePushThroughTheOutbox() {
        long id = notes.create(input(invoice, CreditNoteReason.CANCELLATION, line("1", "100.00")));

        notes.approve(id, version(id));

        CreditNote note = notes.get(id).note();
        assertThat(note.getStatus()).isEqualTo(CreditNoteStatus.APPROVED);
        assertThat(note.getTargetSystem()).isEqualTo(ExternalSystem.XERO);
        assertThat(outbox()).singleElement().satisfies(entry -> {
            assertThat(entry.getOperation()).isEqualTo(PushQueue.CREDIT_NOTE);
            assertThat(entry.getEntityType()).isEqualTo("credit_note");
            assertThat(entry.getEntityId()).isEqualTo(id);
            assertThat(entry.getState()).isEqualTo(OutboxState.PENDING);
            assertThat(entry.getIdempotencyKey()).isEqualTo(note.getIdempotencyKey());
            assertThat(entry.getPayload()).contains("\"Type\":\"ACCRECCREDIT\"", "\"LineAmount\":100.00");
        });
        assertThatThrownBy(() -> notes.approve(id, version(id))).isInstanceOf(ConflictException.class);
        assertThat(outbox()).hasSize(1);
    }

    @Test
    void zeroCreditCannotBeApproved() {
        long id = notes.create(input(null, CreditNoteReason.GOODWILL, line("1", "0")));
        assertThatThrownBy(() -> notes.approve(id, version(id))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only a positive credit");
    }

    @Test
    void allocationSpreadsCreditOverInvoicesUntilAllocated() {
        long second = SampleRecords.invoice(store, client, "2026-09", InvoiceStatus.PAID, "50.00", "5.00");
        long id = notes.create(input(null, CreditNoteReason.GOODWILL, line("1", "100.00")));
        assertThatThrownBy(() -> notes.allocate(id, version(id), invoice, BigDecimal.TEN, ISSUED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is draft and cannot be allocated");
        notes.approve(id, version(id));

        assertThatThrownBy(() -> notes.allocate(id, version(id), second, new BigDecimal("60.00"), ISSUED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has only AUD 55.00 left to credit");
        notes.allocate(id, version(id), second, new BigDecimal("55.00"), ISSUED);
        assertThat(notes.get(id).note().getStatus()).isEqualTo(CreditNoteStatus.APPROVED);
        assertThatThrownBy(() -> notes.allocate(id, version(id), invoice, new BigDecimal("55.01"), ISSUED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only AUD 55.00");
        notes.allocate(id, version(id), invoice, new BigDecimal("55.00"), ISSUED);

        CreditNoteDetail detail = notes.get(id);
        assertThat(detail.note().getStatus()).isEqualTo(CreditNoteStatus.ALLOCATED);
        assertThat(detail.allocations()).extracting(CreditNoteAllocation::getInvoiceId).containsExactly(second, invoice);

        notes.removeAllocation(detail.allocations().get(1).getId());
        assertThat(notes.get(id).note().getStatus()).isEqualTo(CreditNoteStatus.APPROVED);
        assertThat(notes.list(null, null).get(0).remaining()).isEqualTo(Money.of("55.00", "AUD"));
    }

    @Test
    void allocationStaysWithinTheClient() {
        long other = SampleRecords.client(store, "Summit Logistics Inc.", "AUD");
        long theirs = SampleRecords.invoice(store, other, "2026-10", InvoiceStatus.PUSHED, "100.00", "10.00");
        long id = notes.create(input(null, CreditNoteReason.GOODWILL, line("1", "10.00")));
        notes.approve(id, version(id));
        assertThatThrownBy(() -> notes.allocate(id, version(id), theirs, BigDecimal.ONE, ISSUED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an invoice of this credit note's client");
    }

    @Test
    void voidingCancelsAPushNotYetSentAndIsRefusedOnceSent() {
        long queued = notes.create(input(null, CreditNoteReason.GOODWILL, line("1", "10.00")));
        notes.approve(queued, version(queued));
        assertThatThrownBy(() -> notes.voidNote(queued, version(queued), "")).isInstanceOf(InvalidInputException.class);

        notes.voidNote(queued, version(queued), "raised twice");

        assertThat(notes.get(queued).note().getStatus()).isEqualTo(CreditNoteStatus.VOID);
        assertThat(outbox()).singleElement().extracting(OutboxEntry::getState).isEqualTo(OutboxState.CANCELLED);
        assertThat(notes.history(queued)).extracting(AuditEvent::getAction).containsExactly("create", "approve", "void");

        long sent = notes.create(input(null, CreditNoteReason.GOODWILL, line("1", "10.00")));
        notes.approve(sent, version(sent));
        store.write(s -> s.createMutationQuery("update OutboxEntry set state = :sent where entityId = :id")
                .setParameter("sent", OutboxState.SENDING).setParameter("id", sent).executeUpdate());
        assertThatThrownBy(() -> notes.voidNote(sent, version(sent), "too late"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("being pushed or already pushed");
        assertThat(notes.get(sent).note().getStatus()).isEqualTo(CreditNoteStatus.APPROVED);
    }
}
