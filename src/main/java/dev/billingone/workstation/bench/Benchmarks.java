package dev.billingone.workstation.bench;

import dev.billingone.workstation.mapping.MappingBenchmark;
import java.util.ArrayList;
import java.util.List;

/** The registry of benchmarks: one line per benchmark, with a blank line between, so features add theirs without conflicts. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static List<Benchmark> all() {
        List<Benchmark> all = new ArrayList<>();
        all.add(new MappingBenchmark());

        return all;
    }
}
