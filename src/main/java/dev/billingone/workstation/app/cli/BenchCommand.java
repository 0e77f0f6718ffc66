package dev.billingone.workstation.app.cli;

import dev.billingone.workstation.bench.BenchContext;
import dev.billingone.workstation.bench.BenchResult;
import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.bench.Benchmarks;
import dev.billingone.workstation.core.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench [NAME]}: the project's benchmarks, each printed beside its baseline with the ratio. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks (all, or the one named), each beside a baseline measured in the same run.")
public final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "One benchmark: ${COMPLETION-CANDIDATES}")
    String name;

    public BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<Benchmark> chosen = name == null ? Benchmarks.all()
                : List.of(Benchmarks.named(name).orElseThrow(() -> new UsageException("No benchmark named '" + name
                        + "'. Known: " + Benchmarks.all().stream().map(Benchmark::name).toList())));
        Path scratch = Files.createTempDirectory("billingone-bench");
        BenchContext benchContext = new BenchContext(scratch, context.workstation().settings(), context::progress);
        List<Map<String, Object>> results = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean allMet = true;
        for (Benchmark benchmark : chosen) {
            context.progress("bench " + benchmark.name() + ": " + benchmark.description());
            BenchResult result = benchmark.run(benchContext);
            results.add(result.asJson());
            text.append(result.asText()).append('\n');
            allMet &= result.targetMet();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        json.put("allTargetsMet", allMet);
        context.result(json, text.toString().stripTrailing());
        return 0;
    }
}
