package dev.billingone.workstation.bench;

import java.util.List;
import java.util.function.Consumer;

/**
 * A benchmark of the {@code bench} command. Each measurement is printed beside a baseline measured in the same
 * run on the same machine (e.g. the library's floor for the same output), because absolute numbers from a shared
 * or busy machine mean little alone.
 */
public interface Benchmark {
    String name();

    String description();

    List<Measurement> run(Consumer<String> progress) throws Exception;
}
