package dev.billingone.workstation.bench;

import dev.billingone.workstation.catalog.IncrementalFilter;
import dev.billingone.workstation.catalog.ProductFilter;
import dev.billingone.workstation.catalog.ProductRow;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A filter keystroke on 100,000 catalog rows (typing "micro 365 prem" letter by letter), median per keystroke,
 * as the catalog screen filters (incrementally); the full scan of every row is reported beside it.
 * Baseline: the naive predicate a table filter usually gets (lower-casing SKU and name on every test).
 */
final class CatalogFilterBenchmark implements Benchmark {
    private static final String TYPED = "micro 365 prem";

    @Override
    public String name() {
        return "catalog-filter";
    }

    @Override
    public String description() {
        return "Filter keystroke on 100,000 products (target < 50 ms)";
    }

    @Override
    public BenchResult run(BenchContext context) {
        List<ProductRow> rows = SyntheticCatalog.rows(100_000);
        double ours = medianPerKeystroke(new IncrementalFilter(rows)::apply);
        double worst = medianPerKeystroke(query -> ProductFilter.apply(rows, query));
        double naive = medianPerKeystroke(query -> rows.stream()
                .filter(r -> r.sku().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT).trim())
                        || r.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT).trim()))
                .toList());
        return new BenchResult(name(), ours, naive, "naive lower-casing predicate", "< 50 ms per keystroke", ours < 50,
                Map.of("rows", rows.size(), "matches", ProductFilter.apply(rows, TYPED).size(), "fullScanMs", Math.round(worst * 10) / 10.0));
    }

    private static double medianPerKeystroke(Function<String, List<ProductRow>> filter) {
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 1; i <= TYPED.length(); i++) {
                filter.apply(TYPED.substring(0, i));
            }
        }
        double[] times = new double[TYPED.length()];
        for (int i = 1; i <= TYPED.length(); i++) {
            long start = System.nanoTime();
            filter.apply(TYPED.substring(0, i));
            times[i - 1] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
