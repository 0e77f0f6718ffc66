package dev.billingone.workstation.imports;

/**
 * One problem in an import: the spreadsheet row (header = row 1; 0 for the file as a whole), the column header,
 * the offending value and what would be valid.
 */
public record ImportError(int row, String column, String value, String message) {
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (row > 0) {
            text.append("row ").append(row);
        }
        if (column != null) {
            text.append(text.isEmpty() ? "" : ", ").append("column '").append(column).append("'");
        }
        if (value != null) {
            text.append(text.isEmpty() ? "" : ", ").append("value '").append(value).append("'");
        }
        return (text.isEmpty() ? "" : text + ": ") + message;
    }
}
