package dev.billingone.workstation.bench;

import dev.billingone.workstation.config.Display;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.demo.DemoOrganisation;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process start → main window on screen with a 200-client demo organisation, beside a bare JavaFX stage started
 * the same way, each the median of seven fresh JVMs (the app started as a desktop launch starts it: no
 * arguments, its data folder from the environment). Target: at most 1.5× the bare stage.
 */
final class StartupBenchmark implements Benchmark {
    private static final int RUNS = 7;
    private static final double TARGET_RATIO = 1.5;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "process start to main window shown (200-client demo) vs a bare JavaFX stage; target <= 1.5x";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        Display.require("bench startup (it opens windows)", System.getenv());
        Path dataDir = context.scratch().resolve("startup-data");
        context.progress().accept("startup: creating the 200-client demo organisation…");
        try (Store store = Store.open(DatabaseTarget.h2(dataDir))) {
            DemoOrganisation.create(store, new DemoOrganisation.Options(200, 42, Period.of(YearMonth.now()), true));
        }
        double[] bare = new double[RUNS];
        double[] app = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            context.progress().accept("startup: run " + (i + 1) + " of " + RUNS);
            bare[i] = ChildProcessTimer.millisUntil("window-shown-ms", List.of(),
                    "dev.billingone.workstation.ui.shell.BareStageProbe", Map.of());
            // As the installed app starts: no arguments, its data folder from the environment.
            app[i] = ChildProcessTimer.millisUntil("window-shown-ms", List.of("-Dbillingone.bench.startup=true"),
                    "dev.billingone.workstation.app.Launcher", Map.of("BILLINGONE_HOME", dataDir.toString()));
        }
        double ours = median(app);
        double floor = median(bare);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runs", RUNS);
        details.put("appRunsMs", Arrays.toString(app));
        details.put("bareRunsMs", Arrays.toString(bare));
        return new BenchResult(name(), ours, floor, "bare JavaFX stage", "<= " + TARGET_RATIO + "x",
                ours <= floor * TARGET_RATIO, details);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
