package dev.billingone.workstation.bench;

import java.util.Map;

/** One measured subject, its baseline from the same run, and facts about the workload (sizes, counts). */
public record Measurement(String subject, double millis, String baseline, double baselineMillis, Map<String, Object> facts) {
    public double ratio() {
        return baselineMillis <= 0 ? 0 : millis / baselineMillis;
    }
}
