package dev.billingone.workstation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever text and amounts a list holds, exporting then reading the file gives them back exactly. */
class CsvRoundTripProperties {
    record Line(String text, BigDecimal amount) {
    }

    @Provide
    Arbitrary<Line> lines() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abcXYZ ,;\t\"'\n€£ü–“”0123456789.-()=").ofMaxLength(40);
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(4);
        return net.jqwik.api.Combinators.combine(text, amount).as(Line::new);
    }

    @Property(tries = 200)
    void exportedRowsReadBackIdentically(@ForAll @Size(max = 20) List<@net.jqwik.api.From("lines") Line> lines) throws IOException {
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            CsvExport.write(file, List.of(new CsvExport.Column<Line>("Text", Line::text), new CsvExport.Column<Line>("Amount", Line::amount)), lines);
            List<Line> read = new ArrayList<>();
            try (CsvFile csv = CsvFile.open(file, CsvOptions.DETECT)) {
                assertThat(csv.header()).containsExactly("Text", "Amount");
                for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                    read.add(new Line(r.value(0), (BigDecimal) ValueType.DECIMAL.parse(r.value(1), CsvOptions.DETECT)));
                }
            } catch (FieldProblem e) {
                throw new AssertionError(e.getMessage());
            }
            assertThat(read).hasSameSizeAs(lines);
            for (int i = 0; i < lines.size(); i++) {
                assertThat(read.get(i).text()).isEqualTo(lines.get(i).text());
                assertThat(read.get(i).amount()).isEqualByComparingTo(lines.get(i).amount());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
