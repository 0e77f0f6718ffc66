/** Benchmarks run by {@code bench [NAME]}; not tests, so they print numbers instead of asserting speed. */
package dev.billingone.workstation.bench;
