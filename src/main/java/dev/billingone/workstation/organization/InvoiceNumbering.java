package dev.billingone.workstation.organization;

/** Who numbers generated invoices: Xero/QBO (REMOTE) or us with the organisation's prefix (LOCAL). */
public enum InvoiceNumbering {
    REMOTE,
    LOCAL
}
