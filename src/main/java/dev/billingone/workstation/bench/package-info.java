/** Benchmarks run by {@code bench [NAME]}: each measured beside its baseline on the same data, never as a test. */
package dev.billingone.workstation.bench;
