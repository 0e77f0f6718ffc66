package dev.billingone.workstation.bench;

import java.util.Map;
import java.util.function.Consumer;

/**
 * One of the project's benchmarks ({@code bench NAME}): measures something against a baseline run on the same
 * data in the same process, so the ratio means something on any machine.
 */
public interface Benchmark {
    String name();

    String description();

    Result run(Consumer<String> progress);

    /** What was measured, its baseline, and details worth printing beside them. */
    record Result(String subject, long millis, String baseline, long baselineMillis, Map<String, Object> details) {
        /** How many times faster than the baseline (above 1 = faster). */
        public double ratio() {
            return millis == 0 ? baselineMillis : (double) baselineMillis / millis;
        }
    }
}
