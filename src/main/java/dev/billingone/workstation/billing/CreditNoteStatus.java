package dev.billingone.workstation.billing;

/** Credit note lifecycle. */
public enum CreditNoteStatus {
    DRAFT,
    APPROVED,
    PUSHED,
    ALLOCATED,
    VOID
}
