package dev.billingone.workstation.core;

/**
 * Whether line amounts exclude tax, include it, or carry none — Xero's {@code LineAmountTypes}; QBO's
 * {@code GlobalTaxCalculation} TaxExcluded/TaxInclusive/NotApplicable maps one to one.
 */
public enum LineAmountTypes {
    Exclusive,
    Inclusive,
    NoTax
}
