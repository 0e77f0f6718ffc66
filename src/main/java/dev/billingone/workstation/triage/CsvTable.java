package dev.billingone.workstation.triage;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A list exactly as the user filtered it, as CSV: headers first, money as plain decimals (what a spreadsheet and
 * an e-mail both read). To a file, or to a string for the clipboard.
 */
public record CsvTable(List<String> headers, List<List<String>> rows) {
    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public void write(Writer writer) throws IOException {
        try (CSVWriter csv = new CSVWriter(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
            csv.writeNext(headers.toArray(String[]::new), false);
            rows.forEach(row -> csv.writeNext(row.toArray(String[]::new), false));
        }
    }

    /** Writes to {@code file} through a temporary file, so a failure never leaves half a report. */
    public void writeTo(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".export", ".csv");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(writer);
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public String asText() {
        StringWriter text = new StringWriter();
        try {
            write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
