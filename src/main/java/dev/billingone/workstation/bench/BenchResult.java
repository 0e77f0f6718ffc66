package dev.billingone.workstation.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our measurement beside the baseline measured in the same run ({@code ratio} = ours / baseline; lower is
 * better), the target the issue set, and any extra numbers worth printing (e.g. peak heap).
 */
public record BenchResult(String name, String unit, double ours, double baseline, String baselineLabel, String target,
                          Map<String, Object> extra) {
    public double ratio() {
        return baseline == 0 ? Double.NaN : ours / baseline;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("unit", unit);
        json.put("ours", round(ours));
        json.put("baseline", round(baseline));
        json.put("baselineLabel", baselineLabel);
        json.put("ratio", round(ratio()));
        json.put("target", target);
        json.putAll(extra);
        return json;
    }

    public String toText() {
        StringBuilder text = new StringBuilder(String.format("%-16s ours %,.1f %s | baseline (%s) %,.1f %s | ratio %.2f | target %s",
                name, ours, unit, baselineLabel, baseline, unit, ratio(), target));
        extra.forEach((key, value) -> text.append(" | ").append(key).append(' ').append(value));
        return text.toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
