package dev.billingone.workstation.reconcile;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.billingone.workstation.bench.BenchContext;
import dev.billingone.workstation.bench.BenchResult;
import dev.billingone.workstation.bench.Benchmark;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.catalog.VendorProduct;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.clients.ExternalAccount;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.invoices.InvoiceSnapshot;
import dev.billingone.workstation.invoices.InvoiceSnapshotLine;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.subscriptions.BillingTerm;
import dev.billingone.workstation.subscriptions.Subscription;
import dev.billingone.workstation.subscriptions.SubscriptionStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * {@code bench report}: reconciliation (database read + computation) and the PDF for 200 and 2,000 clients × 15
 * products in a scratch H2 database, beside OpenPDF's floor — the same table written with no logic at all.
 * Targets: 200 clients under 1.5 s and 2 MB; 2,000 clients about ten times that (linear).
 */
public final class ReportBenchmark implements Benchmark {
    static final int PRODUCTS = 15;
    static final Period PERIOD = Period.of(2026, 11);

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String description() {
        return "Reconciliation + PDF for 200 and 2,000 clients × 15 products, against OpenPDF writing the same table.";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        Run small = measure(context, 200);
        Run large = measure(context, 2000);
        // Linear: the time per client at 2,000 clients is at most 25% above the time per client at 200.
        double perClientGrowth = (large.millis / 2000) / (small.millis / 200);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", small.rows);
        details.put("pdfBytes", small.pdfBytes);
        details.put("clients2000Millis", Math.round(large.millis));
        details.put("clients2000FloorMillis", Math.round(large.floorMillis));
        details.put("clients2000Rows", large.rows);
        details.put("clients2000PdfBytes", large.pdfBytes);
        details.put("perClientGrowth", Math.round(perClientGrowth * 100) / 100.0);
        boolean met = small.millis < 1500 && small.pdfBytes < 2_000_000 && perClientGrowth <= 1.25;
        return new BenchResult("report", small.millis, small.floorMillis, "OpenPDF floor, same table, no logic",
                "200 clients < 1.5 s and < 2 MB; 2,000 clients linear (≤ 1.25× per client)", met, details);
    }

    private record Run(double millis, double floorMillis, int rows, long pdfBytes) {
    }

    /** Best of three of reconcile + PDF, and of the floor for the same row count, after one warm-up of each. */
    private static Run measure(BenchContext context, int clients) throws IOException {
        Path dir = Files.createTempDirectory(context.scratch(), "report-" + clients);
        try (Store store = Store.open(DatabaseTarget.h2(dir))) {
            context.progress().accept("Generating " + clients + " clients × " + PRODUCTS + " products …");
            generate(store, clients);
            ReconciliationService service = new ReconciliationService(store, null);
            ReportBranding branding = new ReportBranding("Bench Pty Ltd", null, "A4", ZonedDateTime.now(ZoneOffset.UTC));
            context.progress().accept("Measuring " + clients + " clients …");
            int rows = service.reconcile(PERIOD).rows().size();
            measureOnce(service, branding);
            floor(rows);
            long best = Long.MAX_VALUE;
            long bestFloor = Long.MAX_VALUE;
            long size = 0;
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                size = measureOnce(service, branding).size();
                best = Math.min(best, System.nanoTime() - start);
                long floorStart = System.nanoTime();
                floor(rows);
                bestFloor = Math.min(bestFloor, System.nanoTime() - floorStart);
            }
            return new Run(best / 1e6, bestFloor / 1e6, rows, size);
        } finally {
            deleteTree(dir);
        }
    }

    private static ByteArrayOutputStream measureOnce(ReconciliationService service, ReportBranding branding) {
        Reconciliation reconciliation = service.reconcile(PERIOD);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        ReconciliationPdf.write(reconciliation, branding, out, BulkProgress.NONE);
        return out;
    }

    /** The same number of rows and columns, same fonts, repeated header, page numbers off: OpenPDF's own cost. */
    static byte[] floor(int rows) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 48);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfFonts fonts = new PdfFonts();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.open();
        PdfPTable table = new PdfPTable(10);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int c = 0; c < 10; c++) {
            table.addCell(ReconciliationPdf.cell("Column " + c, fonts.bold, Element.ALIGN_LEFT, null));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 10; c++) {
                table.addCell(ReconciliationPdf.cell("1,234.50", fonts.body, Element.ALIGN_RIGHT, null));
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    /** Every client has 15 seats products: most billed exactly, every 7th short by 2 seats, every 11th unbilled. */
    static void generate(Store store, int clients) {
        store.write(session -> {
            Organization org = new Organization();
            org.setName("Bench Pty Ltd");
            org.setSlug("bench");
            org.setBaseCurrency("AUD");
            session.persist(org);
            for (int p = 0; p < PRODUCTS; p++) {
                Product product = new Product();
                product.setSku(String.format("SKU-%02d", p));
                product.setName("Product " + p);
                product.setCurrency("AUD");
                product.setUnitPrice(BigDecimal.valueOf(10 + p));
                product.setVendor(p % 2 == 0 ? "Microsoft" : "Acronis");
                session.persist(product);
                VendorProduct vp = new VendorProduct();
                vp.setSystem(ExternalSystem.PAX8);
                vp.setExternalId("vp-" + p);
                vp.setName(product.getName());
                vp.setProductId(product.getId());
                session.persist(vp);
            }
        });
        for (int from = 0; from < clients; from += 100) {
            int first = from;
            store.write(session -> {
                for (int c = first; c < Math.min(clients, first + 100); c++) {
                    client(session, c);
                }
            });
        }
    }

    private static void client(Session session, int index) {
        Client client = new Client();
        client.setName(String.format("Client %04d Pty Ltd", index));
        client.setCurrency("AUD");
        session.persist(client);
        for (ExternalSystem system : new ExternalSystem[] {ExternalSystem.PAX8, ExternalSystem.XERO}) {
            ExternalAccount account = new ExternalAccount();
            account.setSystem(system);
            account.setExternalId(system + "-" + index);
            account.setName(client.getName());
            account.setClientId(client.getId());
            session.persist(account);
        }
        InvoiceSnapshot invoice = new InvoiceSnapshot();
        invoice.setSystem(ExternalSystem.XERO);
        invoice.setExternalId("inv-" + index);
        invoice.setContactExternalId("XERO-" + index);
        invoice.setIssueDate(PERIOD.firstDay().plusDays(1));
        invoice.setStatus("AUTHORISED");
        invoice.setCurrency("AUD");
        invoice.setSubtotal(BigDecimal.ZERO);
        invoice.setTotalTax(BigDecimal.ZERO);
        invoice.setTotal(BigDecimal.ZERO);
        invoice.setAmountDue(BigDecimal.ZERO);
        invoice.setAmountPaid(BigDecimal.ZERO);
        session.persist(invoice);
        for (int p = 0; p < PRODUCTS; p++) {
            int seats = 5 + (index + p) % 20;
            Subscription s = new Subscription();
            s.setSystem(ExternalSystem.PAX8);
            s.setExternalId("sub-" + index + "-" + p);
            s.setCompanyExternalId("PAX8-" + index);
            s.setVendorProductExternalId("vp-" + p);
            s.setQuantity(BigDecimal.valueOf(seats));
            s.setPrice(BigDecimal.valueOf(10 + p));
            s.setCurrency("AUD");
            s.setBillingTerm(BillingTerm.Monthly);
            s.setStatus(SubscriptionStatus.Active);
            s.setStartDate(LocalDate.of(2025, 1, 1));
            session.persist(s);
            if ((index + p) % 11 == 0) {
                continue;
            }
            int billed = (index + p) % 7 == 0 ? seats - 2 : seats;
            InvoiceSnapshotLine line = new InvoiceSnapshotLine();
            line.setInvoiceId(invoice.getId());
            line.setLineNo(p + 1);
            line.setItemCode(String.format("SKU-%02d", p));
            line.setQuantity(BigDecimal.valueOf(billed));
            line.setLineAmount(BigDecimal.valueOf((long) billed * (10 + p)));
            line.setTaxAmount(BigDecimal.ZERO);
            session.persist(line);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
