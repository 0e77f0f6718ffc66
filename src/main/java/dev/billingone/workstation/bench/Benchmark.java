package dev.billingone.workstation.bench;

import java.nio.file.Path;

/** One benchmark: builds its own data under {@code workDir} (never the user's database) and measures. */
public interface Benchmark {
    String name();

    String description();

    BenchResult run(Path workDir) throws Exception;
}
