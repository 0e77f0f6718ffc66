/**
 * The project's benchmarks, run by {@code bench [NAME]}: each measures our code and a baseline in the same run
 * on the same data, and reports both with the ratio. Add one by implementing {@link Benchmark} and listing it
 * in {@link Benchmarks}.
 */
package dev.billingone.workstation.bench;
