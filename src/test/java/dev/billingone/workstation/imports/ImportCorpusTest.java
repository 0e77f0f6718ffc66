package dev.billingone.workstation.imports;

import static dev.billingone.workstation.imports.CsvFileTest.corpus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Each awkward file of src/test/resources/imports dry-run through the importer, with the exact errors expected. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCorpusTest {
    Store store;
    ImportService imports;

    @BeforeAll
    void open(@TempDir Path dir) {
        store = Store.open(TestDatabases.h2(dir));
        imports = new ImportService(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    ImportResult dryRun(ImportKind kind, String name, CsvOptions options) {
        return imports.run(new ImportRequest(kind, corpus(name), options, null, Map.of(), "AUD", true, false), ImportProgress.NONE);
    }

    BigDecimal price(ImportResult result, int index) {
        String after = result.rows().get(index).changes().stream().filter(c -> c.column().equals("Unit price")).findFirst().orElseThrow().after();
        return new BigDecimal(after);
    }

    @Test
    void badValuesAreNamedByRowColumnValueAndWhatWouldBeValid() {
        ImportResult result = dryRun(ImportKind.CATALOG, "bad-values.csv", CsvOptions.DETECT);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.errors()).containsExactly(
                new ImportError(3, "Unit price", "12,50", "looks like a decimal comma (e.g. 1.234,50): import with the decimal-comma option, or write the number as 1234.50"),
                new ImportError(4, "Billing unit", "per fortnight", "is not one of: PER_USER, PER_DEVICE, FLAT"),
                new ImportError(5, "Currency", "ZZZ", "is not a currency code: use ISO 4217, e.g. AUD, USD, NZD"),
                new ImportError(6, "SKU", "", "is empty: every product needs a SKU (its code on invoices)"));
    }

    @Test
    void blankLinesStillCountAsRowsAndTrailingEmptyColumnsAreIgnored() {
        ImportResult result = dryRun(ImportKind.CATALOG, "blank-lines-trailing-columns.csv", CsvOptions.DETECT);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.errors()).containsExactly(new ImportError(5, "Unit price", "oops", "is not a number: write it like 1,234.50 or 1234.50"));
    }

    @Test
    void semicolonFileWithDecimalCommas() {
        ImportResult result = dryRun(ImportKind.CATALOG, "semicolon-decimal-comma.csv", CsvOptions.DETECT.withDecimalComma(true));
        assertThat(result.errors()).isEmpty();
        assertThat(price(result, 0)).isEqualByComparingTo("1234.50");
        assertThat(price(result, 1)).isEqualByComparingTo("12.5");
    }

    @Test
    void currencySymbolsCodesAndAccountingNegatives() {
        ImportResult result = dryRun(ImportKind.CATALOG, "currency-symbols.csv", CsvOptions.DETECT);
        assertThat(result.errors()).isEmpty();
        assertThat(price(result, 0)).isEqualByComparingTo("1234.50");
        assertThat(price(result, 1)).isEqualByComparingTo("99.95");
        assertThat(result.rows().get(1).changes()).contains(new RowOutcome.FieldChange("Cost", "", "-5.00"));
        assertThat(price(result, 2)).isEqualByComparingTo("7.25");
    }

    @Test
    void quotedMultilineRecordsKeepSpreadsheetRowNumbers() {
        ImportResult result = dryRun(ImportKind.CATALOG, "quoted-multiline.csv", CsvOptions.DETECT);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.errors()).containsExactly(new ImportError(3, "Unit price", "not-a-price", "is not a number: write it like 1,234.50 or 1234.50"));
    }

    @Test
    void windows1252AndUtf16FilesImportTheirText() {
        assertThat(dryRun(ImportKind.CATALOG, "windows-1252.csv", CsvOptions.DETECT).rows().get(0).changes())
                .contains(new RowOutcome.FieldChange("Name", "", "Café Wi-Fi – managed"));
        assertThat(dryRun(ImportKind.CATALOG, "utf16le-no-bom.csv", CsvOptions.DETECT).rows().get(0).key()).isEqualTo("MÜLLER-1");
    }

    @Test
    void ambiguousDatesAreErrorsUnlessAFormatIsGiven() {
        ImportResult result = dryRun(ImportKind.SUBSCRIPTIONS, "pax8-dates.csv", CsvOptions.DETECT);
        assertThat(result.errors()).containsExactly(new ImportError(3, "Start Date", "03/04/2025",
                "is ambiguous (3 April 2025 or 4 March 2025): choose the date format dd/MM/yyyy or MM/dd/yyyy"));
        ImportResult dayFirst = dryRun(ImportKind.SUBSCRIPTIONS, "pax8-dates.csv", new CsvOptions(null, null, false, CsvOptions.DateOrder.DAY_FIRST));
        assertThat(dayFirst.errors()).isEmpty();
        assertThat(dayFirst.rows().get(1).changes()).contains(new RowOutcome.FieldChange("Start Date", "", "2025-04-03"));
    }

    @Test
    void aMissingKeyColumnIsOneClearError() {
        ImportResult result = imports.run(new ImportRequest(ImportKind.CATALOG, corpus("no-sku-column.csv"), CsvOptions.DETECT, "billingone",
                Map.of(), "AUD", true, false), ImportProgress.NONE);
        assertThat(result.errors()).containsExactly(new ImportError(1, "SKU", null,
                "this column is required for catalog and is missing from the header row (Code, Title, Price)"));
    }

    @Test
    void anUnrecognisedHeaderSaysWhatEachPresetNeeds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dryRun(ImportKind.CATALOG, "no-sku-column.csv", CsvOptions.DETECT))
                .isInstanceOf(dev.billingone.workstation.core.InvalidInputException.class)
                .hasMessageStartingWith("no-sku-column.csv: the header row (Code, Title, Price) matches no catalog preset. BillingOne export needs SKU;")
                .hasMessageEndingWith("Map the columns yourself (--map field=Header) or rename the headers.");
    }
}
