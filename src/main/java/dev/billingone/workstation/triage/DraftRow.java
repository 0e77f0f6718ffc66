package dev.billingone.workstation.triage;

import dev.billingone.workstation.billing.InvoiceKind;
import dev.billingone.workstation.billing.InvoiceStatus;
import dev.billingone.workstation.core.Money;

/** A generated invoice as the triage drafts list shows it. */
public record DraftRow(long id, long version, long clientId, String clientName, String period, InvoiceKind kind,
                       InvoiceStatus status, int lines, Money subtotal, Money tax, Money total) {
}
