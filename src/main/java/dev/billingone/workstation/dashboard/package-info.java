/**
 * The dashboard, headless: what needs attention (counts and amounts, each with the link to its filtered list) and
 * the accounts-receivable snapshot (aging buckets, top overdue clients) from synced invoices. The screen in
 * {@code ui.dashboard} only draws it.
 */
package dev.billingone.workstation.dashboard;
