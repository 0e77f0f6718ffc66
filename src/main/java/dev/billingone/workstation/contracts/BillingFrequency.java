package dev.billingone.workstation.contracts;

/** How often a contract line is billed. */
public enum BillingFrequency {
    MONTHLY,
    QUARTERLY,
    ANNUAL
}
