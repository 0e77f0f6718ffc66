package dev.billingone.workstation.bench;

import java.util.List;
import java.util.function.Consumer;

/**
 * One of the project's benchmarks ({@code bench [NAME]}). Each measurement comes with a baseline measured in the
 * same run on the same machine, so the ratio means something on a busy laptop and on a quiet CI box alike.
 */
public interface Benchmark {
    String name();

    String description();

    List<Measurement> run(Consumer<String> progress) throws Exception;

    /** {@code value} in {@code unit} against {@code baseline} (same unit), with what the baseline is. */
    record Measurement(String label, double value, double baseline, String unit, String baselineLabel) {
        public double ratio() {
            return baseline == 0 ? Double.NaN : value / baseline;
        }
    }
}
