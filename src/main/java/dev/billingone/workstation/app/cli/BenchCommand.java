package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.billing.GenerateBenchmark;
import dev.billingone.workstation.core.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench [NAME]}: runs one or all benchmarks; each number is printed with its baseline and the ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the project's benchmarks (on temporary databases; your data is not touched).")
public final class BenchCommand implements Callable<Integer> {
    /** The registry: add a benchmark here, one per line. */
    static List<Benchmark> benchmarks() {
        return List.of(
                new GenerateBenchmark());
    }

    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "One benchmark by name; all when omitted.")
    String name;

    public BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<Benchmark> chosen = benchmarks().stream().filter(b -> name == null || b.name().equals(name)).toList();
        if (chosen.isEmpty()) {
            throw new UsageException("No benchmark '" + name + "'. Known: "
                    + String.join(", ", benchmarks().stream().map(Benchmark::name).toList()) + ".");
        }
        List<Map<String, Object>> json = new ArrayList<>();
        StringBuilder human = new StringBuilder();
        for (Benchmark benchmark : chosen) {
            human.append(benchmark.name()).append(": ").append(benchmark.description()).append('\n');
            for (Benchmark.Measurement m : benchmark.run(context::progress)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("benchmark", benchmark.name());
                row.put("measurement", m.label());
                row.put("value", m.value());
                row.put("unit", m.unit());
                row.put("baseline", m.baseline());
                row.put("baselineIs", m.baselineLabel());
                row.put("ratio", Math.round(m.ratio() * 100) / 100.0);
                json.add(row);
                human.append(String.format("  %-55s %10.1f %-9s baseline %10.1f (%s)  ratio %.2f%n", m.label(), m.value(),
                        m.unit(), m.baseline(), m.baselineLabel(), m.ratio()));
            }
        }
        context.result(Map.of("results", json), human.toString().stripTrailing());
        return 0;
    }
}
