package dev.billingone.workstation.bench;

/**
 * One benchmark of {@code bench [NAME]}: measures our code and, in the same run, a baseline (the floor or the
 * naive way), so results are read as a ratio that does not depend on how fast this machine happens to be.
 */
public interface Benchmark {
    /** The name given to {@code bench NAME}, e.g. "startup", "import", "sync". */
    String name();

    /** One line saying what is measured and the target. */
    String description();

    BenchResult run(BenchContext context) throws Exception;
}
