package dev.billingone.workstation.contracts;

/** Contract lifecycle. */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    ENDED,
    CANCELLED
}
