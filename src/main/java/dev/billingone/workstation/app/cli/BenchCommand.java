package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.bench.BenchResult;
import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.bench.Benchmarks;
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

/** {@code bench [NAME]}: runs one benchmark (or all), each printed with its baseline and the ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks (all, or the one named), each beside a baseline measured in the same run.")
public final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "catalog-filter, import, import-1m (default: all)")
    String name;

    public BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<Benchmark> selected = name == null ? Benchmarks.all() : List.of(Benchmarks.named(name));
        List<BenchResult> results = new ArrayList<>();
        for (Benchmark benchmark : selected) {
            context.progress("Running " + benchmark.name() + ": " + benchmark.description() + " …");
            Path workDir = Files.createTempDirectory("billingone-bench-");
            try {
                results.add(benchmark.run(workDir));
            } finally {
                deleteTree(workDir);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results.stream().map(BenchResult::toJson).toList());
        context.result(json, String.join("\n", results.stream().map(BenchResult::toText).toList()));
        return 0;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
