package dev.billingone.workstation.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A preset applied to one file's header: for each field, the column indexes that may carry it. */
final class ColumnMapping {
    private final Map<ImportField<?>, List<Integer>> columns = new LinkedHashMap<>();
    private final List<String> header;

    ColumnMapping(Preset preset, List<? extends ImportField<?>> fields, List<String> header) {
        this.header = header;
        for (ImportField<?> field : fields) {
            List<String> wanted = preset.columns().get(field.name());
            if (wanted == null) {
                continue;
            }
            List<Integer> indexes = new ArrayList<>();
            for (String name : wanted) {
                String normalised = Headers.normalise(name);
                for (int i = 0; i < header.size(); i++) {
                    if (Headers.normalise(header.get(i)).equals(normalised)) {
                        indexes.add(i);
                    }
                }
            }
            if (!indexes.isEmpty()) {
                columns.put(field, indexes);
            }
        }
    }

    /** Field → the header feeding it (the first of its columns in the file). */
    Map<String, String> headersByField() {
        Map<String, String> headers = new LinkedHashMap<>();
        columns.forEach((field, indexes) -> headers.put(field.name(), header.get(indexes.get(0))));
        return headers;
    }

    boolean maps(String field) {
        return columns.keySet().stream().anyMatch(f -> f.name().equals(field));
    }

    ParsedRow parse(CsvRecord record, CsvOptions options) {
        ParsedRow row = new ParsedRow(record.row());
        for (Map.Entry<ImportField<?>, List<Integer>> entry : columns.entrySet()) {
            ImportField<?> field = entry.getKey();
            int column = entry.getValue().get(0);
            for (int index : entry.getValue()) {
                if (!record.value(index).isBlank()) {
                    column = index;
                    break;
                }
            }
            String text = record.value(column);
            try {
                row.put(field.name(), header.get(column), text, text.isBlank() ? null : field.type().parse(text, options));
            } catch (FieldProblem problem) {
                row.put(field.name(), header.get(column), text, null);
                row.problem(field.name(), problem.getMessage());
            }
        }
        for (int i = header.size(); i < record.values().length; i++) {
            if (!record.value(i).isBlank()) {
                row.problem("column " + (i + 1), record.value(i), "has a value but no header; add a header or remove the value");
                break;
            }
        }
        return row;
    }
}
