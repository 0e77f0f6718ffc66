/**
 * What the compact triage window reads, headless so it is testable without a window and shared with the CLI:
 * the needs-attention counts, the missed-billing and draft lists, a client's scope, and CSV of any list.
 * Changes go through the owning features' services; this package only reads.
 */
package dev.billingone.workstation.triage;
