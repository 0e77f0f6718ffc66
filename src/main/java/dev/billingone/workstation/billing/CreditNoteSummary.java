package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Money;
import java.time.LocalDate;

/** One row of the credit notes list; {@code invoice} describes the credited invoice, empty when standalone. */
public record CreditNoteSummary(long id, long version, String number, long clientId, String clientName, String invoice,
                                CreditNoteReason reason, CreditNoteStatus status, LocalDate issueDate, Money total,
                                Money remaining) {
}
