/**
 * Reconciliation: what was sold (Pax8 subscriptions, device snapshots) and contracted against what was billed (Xero/QBO
 * invoice snapshots and our generated invoices), per client × product and period; the missed-billing queue that turns
 * shortfalls into decisions (apply on a draft, snooze, dismiss — audited, undoable until pushed); and the PDF/CSV
 * reports whose totals agree to the cent. {@link dev.billingone.workstation.reconcile.Reconciler} documents the rules.
 */
package dev.billingone.workstation.reconcile;
