package dev.billingone.workstation.catalog;

/** How a product is counted when billed. */
public enum BillingUnit {
    PER_USER,
    PER_DEVICE,
    FLAT
}
