package dev.billingone.workstation.bench;

import dev.billingone.workstation.core.UsageException;
import java.util.List;
import java.util.stream.Collectors;

/** Every benchmark, one per line (features add theirs on their own line). */
public final class Benchmarks {
    private static final List<Benchmark> ALL = List.of(
            new CatalogFilterBenchmark(),

            new CatalogImportBenchmark(100_000, "import"),

            new CatalogImportBenchmark(1_000_000, "import-1m"));

    private Benchmarks() {
    }

    public static List<Benchmark> all() {
        return ALL;
    }

    public static Benchmark named(String name) {
        return ALL.stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new UsageException("No benchmark '" + name + "': use one of "
                        + ALL.stream().map(Benchmark::name).collect(Collectors.joining(", ")) + "."));
    }
}
