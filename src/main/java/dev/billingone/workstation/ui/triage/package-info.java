/**
 * The compact triage window ("BillingOne Triage"): keyboard-first panes over the headless
 * {@code dev.billingone.workstation.triage} reads and the same services as the main window.
 */
package dev.billingone.workstation.ui.triage;
