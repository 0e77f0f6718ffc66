package dev.billingone.workstation.billing;

/** Why a credit was given. */
public enum CreditNoteReason {
    DUPLICATE_CHARGE,
    ORDER_CHANGE,
    CANCELLATION,
    GOODWILL,
    OTHER
}
