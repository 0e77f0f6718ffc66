package dev.billingone.workstation.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a benchmark measured: our time beside the baseline's, the ratio, the target it is judged against, and any
 * further numbers (memory, calls, rows).
 */
public record BenchResult(String name, double millis, double baselineMillis, String baseline, String target,
                          boolean targetMet, Map<String, Object> details) {

    public double ratio() {
        return baselineMillis <= 0 ? Double.NaN : millis / baselineMillis;
    }

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("millis", Math.round(millis * 10) / 10.0);
        json.put("baseline", baseline);
        json.put("baselineMillis", Math.round(baselineMillis * 10) / 10.0);
        json.put("ratio", Double.isNaN(ratio()) ? null : Math.round(ratio() * 100) / 100.0);
        json.put("target", target);
        json.put("targetMet", targetMet);
        json.put("details", details);
        return json;
    }

    public String asText() {
        return String.format("%-10s %9.1f ms   baseline %-38s %9.1f ms   ratio %5.2f   target %s: %s%s", name, millis,
                baseline, baselineMillis, ratio(), target, targetMet ? "met" : "NOT met",
                details.isEmpty() ? "" : "   " + details);
    }
}
