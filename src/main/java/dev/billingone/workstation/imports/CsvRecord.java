package dev.billingone.workstation.imports;

/** One record of a CSV file with its row number as a spreadsheet shows it (header = row 1). */
public record CsvRecord(int row, String[] values) {
    public boolean isBlank() {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public String value(int column) {
        return column < values.length ? values[column] : "";
    }
}
