package dev.billingone.workstation.billing;

/** A period's regular invoice, or an adjustment raised after it was pushed. */
public enum InvoiceKind {
    REGULAR,
    ADJUSTMENT
}
