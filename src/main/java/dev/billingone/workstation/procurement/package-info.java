/**
 * Purchase orders for hardware and licences: full edit, ordered → received (partially or fully, into stock or
 * straight to a client), and "bill this to the client", which puts received client lines on the client's draft
 * invoice at the sell price exactly once ({@code billedQuantity} remembers what was billed).
 */
package dev.billingone.workstation.procurement;
