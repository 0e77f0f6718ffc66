package dev.billingone.workstation.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    private final CsvTable table = new CsvTable(List.of("Client", "Amount"),
            List.of(List.of("Müller, \"Zoë\" & Co", "1234.50"), List.of("Plain", "0.00")));

    @Test
    void quotesOnlyWhatNeedsQuotingAndUsesSpreadsheetLineEnds() {
        assertThat(table.asText()).isEqualTo("Client,Amount\r\n\"Müller, \"\"Zoë\"\" & Co\",1234.50\r\nPlain,0.00\r\n");
    }

    @Test
    void fileHoldsTheSameTextInUtf8AndNoTemporaryFileStays() throws Exception {
        Path file = dir.resolve("missed.csv");
        table.writeTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(table.asText());
        assertThat(Files.list(dir)).containsExactly(file);
    }
}
