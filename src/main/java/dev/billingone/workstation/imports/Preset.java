package dev.billingone.workstation.imports;

import dev.billingone.workstation.core.ExternalSystem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one kind of export names its columns: field → the headers that may carry it (first non-blank wins; the
 * first header is what export writes). {@code system} says whose ids an id column holds (e.g. Pax8 company ids).
 */
public record Preset(String id, String title, ImportKind kind, Map<String, List<String>> columns, ExternalSystem system,
                     boolean builtIn) {
    /** Maps nothing: what a file no preset matches is read through until the user maps its columns. */
    static final Preset NONE = new Preset("none", "No preset", null, Map.of(), null, false);

    public Preset {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** How many of this preset's headers the file has, or -1 when a header it needs is missing. */
    int score(List<String> fileHeaders, Set<String> requiredFields) {
        Set<String> present = fileHeaders.stream().map(Headers::normalise).collect(Collectors.toSet());
        int score = 0;
        for (Map.Entry<String, List<String>> column : columns.entrySet()) {
            boolean found = column.getValue().stream().map(Headers::normalise).anyMatch(present::contains);
            if (found) {
                score++;
            } else if (requiredFields.contains(column.getKey())) {
                return -1;
            }
        }
        return score;
    }

    List<String> missing(List<String> fileHeaders, Set<String> requiredFields) {
        Set<String> present = fileHeaders.stream().map(Headers::normalise).collect(Collectors.toSet());
        return columns.entrySet().stream()
                .filter(column -> requiredFields.contains(column.getKey()))
                .filter(column -> column.getValue().stream().map(Headers::normalise).noneMatch(present::contains))
                .map(column -> column.getValue().get(0))
                .toList();
    }

    public String exportHeader(String field) {
        return columns.get(field).get(0);
    }
}
