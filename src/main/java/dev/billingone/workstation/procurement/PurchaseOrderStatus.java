package dev.billingone.workstation.procurement;

/** Purchase order lifecycle. */
public enum PurchaseOrderStatus {
    DRAFT,
    ORDERED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    CANCELLED
}
