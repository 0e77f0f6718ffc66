package dev.billingone.workstation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.core.InvalidInputException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFileTest {
    @TempDir
    Path dir;

    static Path corpus(String name) {
        try {
            return Path.of(CsvFileTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CsvRecord> records(CsvFile file) {
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = file.next(); r != null; r = file.next()) {
            records.add(r);
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8-bom.csv", "utf8-no-bom.csv", "utf16le-bom.csv", "utf16le-no-bom.csv", "utf16be-bom.csv"})
    void readsUnicodeFilesWithAndWithoutBom(String name) {
        try (CsvFile file = CsvFile.open(corpus(name), CsvOptions.DETECT)) {
            assertThat(file.header()).containsExactly("SKU", "Name", "Unit price", "Currency");
            assertThat(records(file).get(0).values()).containsExactly("MÜLLER-1", "Müller Wartung", "10.00", "EUR");
        }
    }

    @Test
    void readsWindows1252() {
        try (CsvFile file = CsvFile.open(corpus("windows-1252.csv"), CsvOptions.DETECT)) {
            assertThat(file.charset().name()).isEqualTo("windows-1252");
            List<CsvRecord> records = records(file);
            assertThat(records.get(0).value(1)).isEqualTo("Café Wi-Fi – managed");
            assertThat(records.get(1).value(1)).isEqualTo("£ saver “plus”");
        }
    }

    @Test
    void detectsSemicolonAndTabDelimiters() {
        try (CsvFile file = CsvFile.open(corpus("semicolon-decimal-comma.csv"), CsvOptions.DETECT)) {
            assertThat(file.delimiter()).isEqualTo(';');
            assertThat(records(file).get(0).value(1)).isEqualTo("Wartung, monatlich");
        }
        try (CsvFile file = CsvFile.open(corpus("tab-delimited.tsv"), CsvOptions.DETECT)) {
            assertThat(file.delimiter()).isEqualTo('\t');
            assertThat(records(file).get(0).value(1)).isEqualTo("Tab, with comma");
        }
    }

    @Test
    void anOverriddenDelimiterWins() {
        try (CsvFile file = CsvFile.open(corpus("semicolon-decimal-comma.csv"), new CsvOptions(null, ',', false, null))) {
            assertThat(file.header()).containsExactly("SKU;Name;Unit price;Cost;Currency");
        }
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndNewlinesAndRowsCountAsASpreadsheetShowsThem() {
        try (CsvFile file = CsvFile.open(corpus("quoted-multiline.csv"), CsvOptions.DETECT)) {
            List<CsvRecord> records = records(file);
            assertThat(records.get(0).row()).isEqualTo(2);
            assertThat(records.get(0).value(1)).isEqualTo("Support, premium");
            assertThat(records.get(0).value(2)).isEqualTo("Line one\nLine two with \"quotes\", and a comma");
            assertThat(records.get(1).row()).isEqualTo(3);
        }
    }

    @Test
    void refusesBinaryFiles() {
        assertThatThrownBy(() -> CsvFile.open(corpus("binary.csv"), CsvOptions.DETECT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("binary.csv is not a text CSV file (it contains binary data). Export it from your spreadsheet "
                        + "as CSV (comma, semicolon or tab separated) and import that file.");
    }

    @Test
    void refusesAOneGigabyteFileBeforeReadingIt() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(1024L * 1024 * 1024);
        }
        assertThatThrownBy(() -> CsvFile.open(huge, CsvOptions.DETECT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("huge.csv is 1,024 MB; imports are limited to 512 MB. Split the file (e.g. by vendor or by letter) "
                        + "and import the parts one after another.");
    }

    @Test
    void aQuoteThatIsNeverClosedNamesItsRow() {
        try (CsvFile file = CsvFile.open(corpus("unclosed-quote.csv"), CsvOptions.DETECT)) {
            assertThatThrownBy(() -> records(file))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("unclosed-quote.csv row 2: a quoted value is never closed (it runs over 200 lines). "
                            + "Check for a missing closing \" on that row.");
        }
    }

    @Test
    void aLineWithoutEndIsRefusedNotReadIntoMemory() throws Exception {
        Path file = dir.resolve("one-line.csv");
        Files.writeString(file, "SKU,Name\n" + "x".repeat(LineLengthGuard.MAX_LINE + 10), StandardCharsets.UTF_8);
        try (CsvFile csv = CsvFile.open(file, CsvOptions.DETECT)) {
            assertThatThrownBy(() -> records(csv)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("one-line.csv row 2: a line is longer than 1000000 characters");
        }
    }

    @Test
    void invalidUtf8LaterInTheFileNamesTheRowAndTheFix() throws Exception {
        Path file = dir.resolve("mixed.csv");
        byte[] head = ("SKU,Name\n" + "A,plain\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "B,caf\u00e9\n".getBytes(FileSniffer.WINDOWS_1252);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(file, all);
        try (CsvFile csv = CsvFile.open(file, CsvOptions.DETECT)) {
            assertThatThrownBy(() -> records(csv)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("the bytes are not valid UTF-8")
                    .hasMessageContaining("--encoding windows-1252");
        }
    }

    @Test
    void hashesTheWholeFile() throws Exception {
        Path file = corpus("utf8-bom.csv");
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        try (CsvFile csv = CsvFile.open(file, CsvOptions.DETECT)) {
            records(csv);
            assertThat(csv.sha256()).isEqualTo(expected);
        }
    }
}
