package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.bench.Measurement;
import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.reconcile.ReportBenchmark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench [NAME]}: runs the project's benchmarks (all, or one), each printed with its baseline and the ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run benchmarks (all, or the one named); each prints its time beside a baseline from the same run.")
public final class BenchCommand implements Callable<Integer> {
    /** The registry: one line per benchmark. */
    static List<Benchmark> benchmarks() {
        return List.of(new ReportBenchmark());
    }

    private final CliContext context;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "A benchmark name; omit to run all.")
    String name;

    public BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<Benchmark> selected = benchmarks().stream().filter(b -> name == null || b.name().equals(name)).toList();
        if (selected.isEmpty()) {
            throw new UsageException("No benchmark named '" + name + "'. Known: "
                    + String.join(", ", benchmarks().stream().map(Benchmark::name).toList()) + ".");
        }
        List<Map<String, Object>> json = new ArrayList<>();
        StringBuilder human = new StringBuilder();
        for (Benchmark benchmark : selected) {
            context.progress("bench " + benchmark.name() + ": " + benchmark.description());
            for (Measurement m : benchmark.run(context::progress)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", benchmark.name());
                entry.put("subject", m.subject());
                entry.put("millis", Math.round(m.millis()));
                entry.put("baseline", m.baseline());
                entry.put("baselineMillis", Math.round(m.baselineMillis()));
                entry.put("ratio", Math.round(m.ratio() * 100) / 100.0);
                entry.putAll(m.facts());
                json.add(entry);
                human.append(String.format("%-8s %-40s %8.0f ms   %-38s %8.0f ms   ×%.2f   %s%n", benchmark.name(), m.subject(),
                        m.millis(), m.baseline(), m.baselineMillis(), m.ratio(), m.facts()));
            }
        }
        context.result(Map.of("benchmarks", json), human.toString().stripTrailing());
        return 0;
    }
}
