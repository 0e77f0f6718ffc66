package dev.billingone.workstation.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record read through a preset: field → value (null for a blank cell), the header each came from, and the
 * problems found. Fields the file has no column for are absent, so an update leaves them alone.
 */
public final class ParsedRow {
    private final int row;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> raw = new LinkedHashMap<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Object> resolved = new LinkedHashMap<>();

    ParsedRow(int row) {
        this.row = row;
    }

    void put(String field, String header, String rawText, Object value) {
        values.put(field, value);
        headers.put(field, header);
        raw.put(field, rawText);
    }

    public int row() {
        return row;
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public Object value(String field) {
        return values.get(field);
    }

    public String text(String field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }

    /** The cell as written in the file. */
    public String raw(String field) {
        return raw.get(field);
    }

    public String header(String field) {
        return headers.get(field);
    }

    /** Keeps what an importer looked up for this row (e.g. the client id for a client name). */
    public void resolved(String name, Object value) {
        resolved.put(name, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T resolved(String name) {
        return (T) resolved.get(name);
    }

    public Map<String, Object> values() {
        return values;
    }

    /** Records a problem with one field's cell (the message says what would be valid). */
    public void problem(String field, String message) {
        errors.add(new ImportError(row, headers.get(field), raw.get(field), message));
    }

    /** Records a problem with the row where the field has no column in this file. */
    public void problem(String column, String value, String message) {
        errors.add(new ImportError(row, column, value, message));
    }

    public List<ImportError> errors() {
        return errors;
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
