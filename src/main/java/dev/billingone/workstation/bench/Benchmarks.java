package dev.billingone.workstation.bench;

import dev.billingone.workstation.mapping.MappingBenchmark;
import dev.billingone.workstation.sync.connectors.xero.XeroSyncBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every benchmark of the project. Each feature adds its own on its own line, with a blank line between,
 * so features built in parallel merge without conflicts.
 */
public final class Benchmarks {
    private static final List<Supplier<Benchmark>> ALL = new ArrayList<>();

    static {
        ALL.add(StartupBenchmark::new);

        ALL.add(dev.billingone.workstation.billing.GenerateBenchmark::new);

        ALL.add(CatalogFilterBenchmark::new);

        ALL.add(() -> new CatalogImportBenchmark(100_000, "import"));

        ALL.add(() -> new CatalogImportBenchmark(1_000_000, "import-1m"));
        ALL.add(MappingBenchmark::new);
        ALL.add(dev.billingone.workstation.reconcile.ReportBenchmark::new);

        ALL.add(XeroSyncBenchmark::new);
    }

    private Benchmarks() {
    }

    public static List<Benchmark> all() {
        return ALL.stream().map(Supplier::get).toList();
    }

    public static Optional<Benchmark> named(String name) {
        return all().stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst();
    }
}
