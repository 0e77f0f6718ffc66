package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.core.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench [NAME]}: the project's benchmarks, each printed with its baseline and the ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run the benchmarks (all, or the one named).")
public final class BenchCommand implements Callable<Integer> {
    private final CliContext context;
    private final List<Benchmark> benchmarks;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A benchmark's name (default: all).")
    String name;

    public BenchCommand(CliContext context, List<Benchmark> benchmarks) {
        this.context = context;
        this.benchmarks = List.copyOf(benchmarks);
    }

    @Override
    public Integer call() throws Exception {
        List<Benchmark> chosen = name == null ? benchmarks
                : benchmarks.stream().filter(b -> b.name().equals(name)).toList();
        if (chosen.isEmpty()) {
            throw new UsageException("No benchmark '" + name + "'; there are: "
                    + String.join(", ", benchmarks.stream().map(Benchmark::name).toList()) + ".");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        StringBuilder human = new StringBuilder();
        for (Benchmark benchmark : chosen) {
            context.progress("bench " + benchmark.name() + ": " + benchmark.description());
            Path work = Files.createTempDirectory("billingone-bench-");
            Benchmark.Result result;
            try {
                result = benchmark.run(work, context::progress);
            } finally {
                delete(work);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", benchmark.name());
            row.put("millis", result.millis());
            row.put("baseline", result.baseline());
            row.put("baselineMillis", result.baselineMillis());
            row.put("ratio", Math.round(result.ratio() * 100) / 100.0);
            row.putAll(result.details());
            results.add(row);
            human.append(String.format("%-12s %,8d ms   baseline (%s) %,d ms   ratio %.2f%n", benchmark.name(), result.millis(),
                    result.baseline(), result.baselineMillis(), result.ratio()));
            result.details().forEach((key, value) -> human.append(String.format("    %-22s %s%n", key, value)));
        }
        context.result(Map.of("benchmarks", results), human.toString().stripTrailing());
        return 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
