package dev.billingone.workstation.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreditNotesTest extends BillingStoreTest {
    private static final Period NOV = Period.of(2026, 11);
    private static int clients;

    long clientId;
    long invoiceId;
    long seatsLineId;

    @BeforeEach
    void pushedInvoice() {
        store.write(session -> {
            Client client = BillingFixture.client(session, "Contoso " + ++clients);
            // 3 × 33.33 at 10% off = 89.99 (89.991); GST 10% = 9.00
            GeneratedInvoiceLine seats = DraftInvoices.addLine(session, client.getId(), NOV,
                    BillingFixture.manualLine("Seats", "3", "33.33", "10"));
            DraftInvoices.addLine(session, client.getId(), NOV, BillingFixture.manualLine("Backup", "1", "50.00", "0"));
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, seats.getInvoiceId());
            invoice.setStatus(InvoiceStatus.PUSHED);
            invoiceId = invoice.getId();
            clientId = client.getId();
            seatsLineId = seats.getId();
        });
    }

    @Test
    void fullCreditNoteReturnsExactlyTheInvoicedAmounts() {
        CreditNote note = store.inTransaction(s -> CreditNotes.createAgainst(s, invoiceId, CreditScope.full(),
                CreditNoteReason.CANCELLATION, "Client left"));
        GeneratedInvoice invoice = store.read(s -> s.find(GeneratedInvoice.class, invoiceId));

        assertThat(note.getStatus()).isEqualTo(CreditNoteStatus.DRAFT);
        assertThat(note.getTotal()).isEqualByComparingTo(invoice.getTotal());
        assertThat(note.getTotalTax()).isEqualByComparingTo(invoice.getTotalTax());
        List<CreditNoteLine> lines = store.read(s -> CreditNotes.lines(s, note.getId()));
        assertThat(lines).hasSize(2);
        List<AuditEvent> history = store.read(s -> AuditLog.history(s, "credit_note", note.getId()));
        assertThat(history).extracting(AuditEvent::getAction).containsExactly("create");
    }

    @Test
    void partialCreditUsesTheLinePriceDiscountAndTax() {
        CreditNote note = store.inTransaction(s -> CreditNotes.createAgainst(s, invoiceId,
                CreditScope.lines(List.of(new CreditScope.CreditedLine(seatsLineId, BigDecimal.ONE))),
                CreditNoteReason.ORDER_CHANGE, null));

        // 1 × 33.33 × 90% = 29.997 → 30.00; tax 3.00
        assertThat(note.getSubtotal()).isEqualByComparingTo("30.00");
        assertThat(note.getTotalTax()).isEqualByComparingTo("3.00");
        assertThat(note.getTotal()).isEqualByComparingTo("33.00");
    }

    @Test
    void neverCreditsMoreThanIsLeftUncredited() {
        store.write(s -> CreditNotes.createAgainst(s, invoiceId,
                CreditScope.lines(List.of(new CreditScope.CreditedLine(seatsLineId, new BigDecimal("2")))),
                CreditNoteReason.ORDER_CHANGE, null));

        assertThatThrownBy(() -> store.write(s -> CreditNotes.createAgainst(s, invoiceId,
                CreditScope.lines(List.of(new CreditScope.CreditedLine(seatsLineId, new BigDecimal("2")))),
                CreditNoteReason.ORDER_CHANGE, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only 1 of 3 is left uncredited");

        CreditNote rest = store.inTransaction(s -> CreditNotes.createAgainst(s, invoiceId, CreditScope.full(),
                CreditNoteReason.CANCELLATION, null));
        List<CreditNoteLine> restLines = store.read(s -> CreditNotes.lines(s, rest.getId()));
        assertThat(restLines)
                .extracting(CreditNoteLine::getQuantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, BigDecimal.ONE);
        assertThatThrownBy(() -> store.write(s -> CreditNotes.createAgainst(s, invoiceId, CreditScope.full(),
                CreditNoteReason.CANCELLATION, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Nothing left to credit");
    }

    @Test
    void creditingALineSeatBySeatNetsItToTheCent() {
        CreditScope oneSeat = CreditScope.lines(List.of(new CreditScope.CreditedLine(seatsLineId, BigDecimal.ONE)));
        for (int i = 0; i < 3; i++) {
            store.write(s -> CreditNotes.createAgainst(s, invoiceId, oneSeat, CreditNoteReason.ORDER_CHANGE, null));
        }
        GeneratedInvoiceLine seats = store.read(s -> s.find(GeneratedInvoiceLine.class, seatsLineId));
        List<CreditNoteLine> credits = store.read(s -> s.createSelectionQuery(
                "from CreditNoteLine where invoiceLineId = :line order by id", CreditNoteLine.class)
                .setParameter("line", seatsLineId).getResultList());

        // 29.997 a seat: 30.00, 30.00, then what is left of the invoiced 89.99
        assertThat(credits).extracting(CreditNoteLine::getLineAmount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("30.00"), new BigDecimal("29.99"));
        assertThat(credits.stream().map(CreditNoteLine::getLineAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(seats.getLineAmount());
        assertThat(credits.stream().map(CreditNoteLine::getTaxAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(seats.getTaxAmount());
    }

    @Test
    void aTypedCreditCountsAgainstACreditInFull() {
        new CreditNoteService(store).create(new CreditNoteInput(clientId, invoiceId, null, CreditNoteReason.ORDER_CHANGE,
                null, java.time.LocalDate.of(2026, 11, 20),
                List.of(new CreditNoteInput.Line(null, "Backup refund", BigDecimal.ONE, new BigDecimal("50.00"), "OUTPUT"))));

        assertThatThrownBy(() -> store.write(s -> CreditNotes.createAgainst(s, invoiceId, CreditScope.full(),
                CreditNoteReason.CANCELLATION, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is more than the AUD 98.99 of invoice")
                .hasMessageContaining("not yet credited");
        long notes = store.read(s -> s.createSelectionQuery("select count(*) from CreditNote where invoiceId = :invoice", Long.class)
                .setParameter("invoice", invoiceId).getSingleResult());
        assertThat(notes).as("the refused credit note left nothing behind").isEqualTo(1L);
    }

    @Test
    void refusesDraftInvoices() {
        store.write(s -> s.find(GeneratedInvoice.class, invoiceId).setStatus(InvoiceStatus.DRAFT));

        assertThatThrownBy(() -> store.write(s -> CreditNotes.createAgainst(s, invoiceId, CreditScope.full(),
                CreditNoteReason.OTHER, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("edit the draft instead");
    }
}
