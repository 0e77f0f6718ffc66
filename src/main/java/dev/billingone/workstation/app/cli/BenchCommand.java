package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.bench.Benchmarks;
import dev.billingone.workstation.core.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench [NAME]}: runs the project's benchmarks and prints each beside its baseline with the ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks (all, or the one named) and print each with its baseline and the ratio.")
public final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "One benchmark; omit for all.")
    String name;

    public BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Benchmark> chosen = Benchmarks.all().stream().filter(b -> name == null || b.name().equals(name)).toList();
        if (chosen.isEmpty()) {
            throw new UsageException("No benchmark named '" + name + "'. Known: "
                    + String.join(", ", Benchmarks.all().stream().map(Benchmark::name).toList()) + ".");
        }
        List<Map<String, Object>> json = new ArrayList<>();
        StringBuilder human = new StringBuilder();
        for (Benchmark benchmark : chosen) {
            context.progress("Running " + benchmark.name() + ": " + benchmark.description());
            Benchmark.Result result = benchmark.run(context::progress);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", benchmark.name());
            entry.put("subject", result.subject());
            entry.put("millis", result.millis());
            entry.put("baseline", result.baseline());
            entry.put("baselineMillis", result.baselineMillis());
            entry.put("ratio", Math.round(result.ratio() * 10) / 10.0);
            entry.put("details", result.details());
            json.add(entry);
            human.append(String.format(Locale.ROOT, "%s%n  %-60s %,8d ms%n  %-60s %,8d ms%n  ratio %.1fx%n", benchmark.name(),
                    result.subject(), result.millis(), result.baseline() + " (baseline)", result.baselineMillis(), result.ratio()));
            result.details().forEach((key, value) -> human.append("  ").append(key).append(": ").append(value).append('\n'));
        }
        context.result(Map.of("benchmarks", json), human.toString().stripTrailing());
        return 0;
    }
}
