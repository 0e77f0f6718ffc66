package dev.billingone.workstation.billing;

/** Generated invoice lifecycle: draft → approved → pushed (→ paid), or void. */
public enum InvoiceStatus {
    DRAFT,
    APPROVED,
    PUSHED,
    PAID,
    VOID
}
