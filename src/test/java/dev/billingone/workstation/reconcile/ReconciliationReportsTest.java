package dev.billingone.workstation.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.TestDatabases;
import dev.billingone.workstation.subscriptions.BillingTerm;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The PDF read back with PDFBox: its totals equal the CSV's and the database's to the cent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationReportsTest {
    static final Period NOVEMBER = Period.of(2026, 11);
    static final Pattern GRAND_TOTAL = Pattern.compile("Grand total AUD (\\d+) ([-\\d,.]+) ([-\\d,.]+) ([-\\d,.]+) ([-\\d,.]+) ([-\\d,.]+)");

    Store store;
    Path dir;
    Reconciliation reconciliation;
    ReconciliationReports reports;

    @BeforeAll
    void build(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        Path logo = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        store = Store.open(TestDatabases.h2(dir.resolve("db")));
        store.write(session -> {
            Fixtures f = new Fixtures(session);
            Organization org = f.organization("Zoë Müller & Søn IT Services");
            org.setBrandingLogoPath(logo.toString());
            org.setReportPageSize("LETTER");
            Product seats = f.product("M365-BP", "20.00");
            for (int i = 0; i < 30; i++) {
                Client client = f.client(i == 7 ? "Zoë Müller & Søn" : String.format("Client %02d Pty Ltd", i));
                f.monthly(client, seats, "10", "20.00");
                f.line(f.billed(client, LocalDate.of(2026, 11, 2), "AUTHORISED"), "M365-BP", "8", "160.00", "16.00");
            }
            Client big = f.client("Ärzte Großhandel GmbH");
            for (int p = 0; p < 60; p++) {
                Product product = f.product(String.format("P%02d", p), "10.00");
                f.monthly(big, product, "1", "10.00");
            }
            f.account(ExternalSystem.PAX8, "pax8-orphan", "Orphan Co", null);
            f.subscription("pax8-orphan", "vp-M365-BP", "5", "20.00", BillingTerm.Monthly, LocalDate.of(2025, 1, 1), null);
        });
        reconciliation = new ReconciliationService(store, null).reconcile(NOVEMBER);
        reports = new ReconciliationReports(store, Clock.fixed(Instant.parse("2026-12-01T10:15:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void pdfTotalsEqualCsvTotalsAndDatabaseTotalsToTheCent() throws Exception {
        Path pdf = dir.resolve("out/reconciliation.pdf");
        Path csv = dir.resolve("out/reconciliation.csv");
        reports.writePdf(reconciliation, pdf, BulkProgress.NONE);
        reports.writeCsv(reconciliation, csv);

        String text = pdfText(pdf);
        Matcher grand = GRAND_TOTAL.matcher(text);
        assertThat(grand.find()).as("grand total line in:\n%s", text).isTrue();
        BigDecimal pdfSold = amount(grand.group(2));
        BigDecimal pdfBilled = amount(grand.group(5));
        BigDecimal pdfVariance = amount(grand.group(6));

        List<String[]> csvRows = csvRows(csv);
        assertThat(Integer.parseInt(grand.group(1))).isEqualTo(csvRows.size());
        assertThat(pdfSold).isEqualByComparingTo(csvSum(csvRows, "sold_amount"));
        assertThat(pdfBilled).isEqualByComparingTo(csvSum(csvRows, "billed_amount"));
        assertThat(pdfVariance).isEqualByComparingTo(csvSum(csvRows, "amount_variance"));

        assertThat(pdfSold).isEqualByComparingTo(sql("select sum(quantity * price) from subscription"));
        assertThat(pdfBilled).isEqualByComparingTo(sql("select sum(line_amount) from invoice_snapshot_line"));
        assertThat(pdfVariance).isEqualByComparingTo(sql("select sum(quantity * price) from subscription"
                + " where company_external_id <> 'pax8-orphan'").subtract(pdfBilled));
        assertThat(pdfVariance).isEqualByComparingTo("1800.00");
    }

    @Test
    void pdfHasBrandingPageNumbersRepeatedHeadersAndEmbeddedUnicodeFont() throws Exception {
        Path pdf = dir.resolve("branded.pdf");
        reports.writePdf(reconciliation, pdf, BulkProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDPage first = document.getPage(0);
            boolean turned = first.getRotation() % 180 != 0;
            float shownWidth = turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth();
            assertThat(shownWidth).isEqualTo(792f);   // Letter, landscape
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                assertThat(pageText).contains("Page " + page + " of " + pages);
                if (page > 1) {
                    assertThat(pageText).contains("SKU Product Status Sold qty");
                }
            }
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("Zoë Müller & Søn IT Services", "Reconciliation for 2026-11", "2026-12-01 10:15",
                    "Zoë Müller & Søn", "Ärzte Großhandel GmbH", "Totals by status", "Totals by vendor", "Subtotal Orphan Co");
            assertThat(first.getResources().getXObjectNames()).isNotEmpty();   // the logo
            List<PDFont> fonts = new ArrayList<>();
            for (var name : first.getResources().getFontNames()) {
                fonts.add(first.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
        assertThat(Files.size(pdf)).isLessThan(2_000_000);
    }

    @Test
    void cancelledExportLeavesNoFile() {
        Path pdf = dir.resolve("cancelled.pdf");
        BulkProgress cancelAfterThree = new BulkProgress() {
            int done;

            @Override
            public void update(int done, int total) {
                this.done = done;
            }

            @Override
            public boolean cancelled() {
                return done >= 3;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.writePdf(reconciliation, pdf, cancelAfterThree))
                .isInstanceOf(CancellationException.class);
        assertThat(pdf).doesNotExist();
        assertThat(dir.toFile().list((d, name) -> name.endsWith(".part"))).isEmpty();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static BigDecimal amount(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }

    private static List<String[]> csvRows(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv); CSVReader reader = new CSVReader(in)) {
            List<String[]> rows = reader.readAll();
            assertThat(rows.get(0)).containsExactly(ReconciliationCsv.HEADER);
            return rows.subList(1, rows.size());
        }
    }

    private static BigDecimal csvSum(List<String[]> rows, String column) {
        int index = List.of(ReconciliationCsv.HEADER).indexOf(column);
        return rows.stream().map(r -> new BigDecimal(r[index])).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal sql(String query) {
        return store.read(session -> session.doReturningWork(connection -> {
            try (ResultSet rs = connection.createStatement().executeQuery(query)) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }));
    }
}
