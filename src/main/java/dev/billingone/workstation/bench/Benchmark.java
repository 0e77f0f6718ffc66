package dev.billingone.workstation.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One of the project's benchmarks ({@code bench NAME}). Each measures its subject against a baseline taken in the
 * same run on the same machine, so the ratio means something on a busy laptop as much as on a quiet server.
 */
public interface Benchmark {
    String name();

    String description();

    /** Runs in {@code workDir} (a scratch directory, deleted afterwards); never touches the user's data. */
    Result run(Path workDir, Consumer<String> progress) throws Exception;

    /**
     * {@code millis} of the subject, {@code baselineMillis} of the baseline (what it is is said in
     * {@code baseline}), and any further figures in {@code details}.
     */
    record Result(long millis, long baselineMillis, String baseline, Map<String, Object> details) {
        public double ratio() {
            return baselineMillis == 0 ? 0 : (double) millis / baselineMillis;
        }
    }
}
