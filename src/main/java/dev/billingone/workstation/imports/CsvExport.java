package dev.billingone.workstation.imports;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

/**
 * "Export CSV" for any list in the app: columns + rows → a file that Excel opens correctly (UTF-8 with BOM,
 * CRLF, RFC 4180 quoting) and that our importer reads back unchanged. The file appears whole or not at all.
 */
public final class CsvExport {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One column: its header and how to get the cell from a row. */
    public record Column<T>(String header, Function<T, ?> value) {
    }

    private CsvExport() {
    }

    /** Writes the rows (e.g. what a filtered table shows) and returns how many were written. */
    public static <T> int write(Path file, List<Column<T>> columns, Iterable<T> rows) {
        return write(file, columns.stream().map(Column::header).toList(), writer -> {
            int count = 0;
            String[] cells = new String[columns.size()];
            for (T row : rows) {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cell(columns.get(i).value().apply(row));
                }
                writer.writeNext(cells, false);
                count++;
            }
            return count;
        });
    }

    /** Lower level: the caller writes the records (used by exports that stream from the database). */
    static int write(Path file, List<String> headers, RowWriter body) {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            out.write(UTF8_BOM);
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ICSVWriter writer = new CSVWriter(text, ',', '"', '"', "\r\n");
            writer.writeNext(headers.toArray(String[]::new), false);
            int count = body.write(writer);
            writer.flush();
            text.flush();
            out.close();
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    interface RowWriter {
        int write(ICSVWriter writer) throws IOException;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return Numbers.plain(decimal);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
