package dev.billingone.workstation.billing;

/** What produced a generated invoice line. */
public enum LineSource {
    CONTRACT,
    SUBSCRIPTION,
    DEVICE,
    MISSED_BILLING,
    PROCUREMENT,
    MANUAL
}
