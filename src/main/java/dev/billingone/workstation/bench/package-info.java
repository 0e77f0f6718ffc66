/** Benchmarks run by {@code bench [NAME]}: speed targets are measured here, never asserted in tests. */
package dev.billingone.workstation.bench;
