package dev.billingone.workstation.reconcile;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The reconciliation report: a summary page (totals by status and by vendor), one section per client with its
 * rows and subtotal, and the grand total — landscape, page X of Y, table headers repeated on every page. All totals
 * come from {@link Totals}, the same sums as the CSV and the screen.
 */
public final class ReconciliationPdf {
    private static final String[] COLUMNS = {"SKU", "Product", "Status", "Sold qty", "Sold", "Contracted", "Expected",
            "Billed qty", "Billed", "Variance"};
    private static final float[] WIDTHS = {11, 25, 8, 6, 9, 9, 9, 6, 9, 9};
    private static final Color HEADER_FILL = new Color(230, 234, 240);
    private static final Color TOTAL_FILL = new Color(245, 246, 248);

    private ReconciliationPdf() {
    }

    /** Writes the report; {@code progress} counts client sections and may cancel (the caller discards the file). */
    public static void write(Reconciliation reconciliation, ReportBranding branding, OutputStream out, BulkProgress progress) {
        Rectangle page = (branding.letter() ? PageSize.LETTER : PageSize.A4).rotate();
        Document document = new Document(page, 36, 36, 36, 48);
        PdfFonts fonts = new PdfFonts();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            writer.setPageEvent(new PageNumbers(fonts, branding.organizationName() + " · Reconciliation " + reconciliation.period()));
            document.addTitle("Reconciliation " + reconciliation.period());
            document.addAuthor(branding.organizationName());
            document.open();
            summary(document, reconciliation, branding, fonts);
            Map<String, List<ReconciliationRow>> clients = reconciliation.groupBy(ReconciliationPdf::clientKey);
            // The headline currency scans every row: once per report, not once per client section.
            String currency = reconciliation.currency();
            int done = 0;
            progress.update(0, clients.size());
            for (List<ReconciliationRow> rows : clients.values()) {
                if (progress.cancelled()) {
                    throw new CancellationException("PDF export cancelled.");
                }
                clientSection(document, currency, rows, fonts);
                progress.update(++done, clients.size());
            }
            grandTotal(document, reconciliation, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    private static String clientKey(ReconciliationRow row) {
        return row.clientId() != null ? "id:" + row.clientId() : "ext:" + row.clientName();
    }

    private static void summary(Document document, Reconciliation rec, ReportBranding branding, PdfFonts fonts) throws DocumentException {
        logo(document, branding);
        document.add(new Paragraph(branding.organizationName(), fonts.title));
        document.add(new Paragraph("Reconciliation for " + rec.period() + " · generated "
                + branding.generatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), fonts.body));
        Paragraph note = new Paragraph("Amounts in " + rec.currency() + ", excluding tax. Quantities are unit-months (prorated by day).",
                fonts.small);
        note.setSpacingAfter(12);   // a font-less Chunk.NEWLINE would pull in Helvetica, which is not embedded
        document.add(note);
        document.add(new Paragraph("Totals by status", fonts.heading));
        document.add(totalsTable("Status", rec.totalsByStatus().entrySet().stream()
                .map(e -> Map.entry(e.getKey().label(), e.getValue())).toList(), rec, fonts));
        document.add(new Paragraph("Totals by vendor", fonts.heading));
        document.add(totalsTable("Vendor", List.copyOf(rec.totalsByVendor().entrySet()), rec, fonts));
        document.newPage();
    }

    private static void logo(Document document, ReportBranding branding) throws DocumentException {
        if (branding.logoPath() == null || !Files.isReadable(Path.of(branding.logoPath()))) {
            return;
        }
        try {
            Image logo = Image.getInstance(branding.logoPath());
            logo.scaleToFit(160, 60);
            document.add(logo);
        } catch (IOException | RuntimeException e) {
            // A broken logo file must not cost the accountant the report; the name is printed regardless.
        }
    }

    private static PdfPTable totalsTable(String label, List<Map.Entry<String, Totals>> entries, Reconciliation rec, PdfFonts fonts)
            throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {30, 8, 12, 12, 12, 12, 12});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        for (String header : new String[] {label, "Rows", "Sold", "Contracted", "Expected", "Billed", "Variance"}) {
            table.addCell(header(header, fonts));
        }
        for (Map.Entry<String, Totals> entry : entries) {
            totalsCells(table, entry.getKey(), entry.getValue(), rec, fonts.body, null);
        }
        totalsCells(table, "Total", rec.totals(), rec, fonts.bold, TOTAL_FILL);
        return table;
    }

    private static void totalsCells(PdfPTable table, String label, Totals t, Reconciliation rec, com.lowagie.text.Font font, Color fill) {
        table.addCell(cell(label, font, Element.ALIGN_LEFT, fill));
        table.addCell(cell(String.valueOf(t.rows()), font, Element.ALIGN_RIGHT, fill));
        for (BigDecimal amount : new BigDecimal[] {t.sold(), t.contracted(), t.expected(), t.billed(), t.variance()}) {
            table.addCell(cell(ReportFormat.amount(amount, t.currency()), font, Element.ALIGN_RIGHT, fill));
        }
    }

    private static void clientSection(Document document, String currency, List<ReconciliationRow> rows, PdfFonts fonts)
            throws DocumentException {
        Paragraph heading = new Paragraph(rows.get(0).clientName(), fonts.heading);
        heading.setSpacingBefore(8);
        heading.setKeepTogether(true);
        document.add(heading);
        PdfPTable table = rowTable(fonts);
        for (ReconciliationRow row : rows) {
            table.addCell(cell(row.sku(), fonts.body, Element.ALIGN_LEFT, null));
            table.addCell(cell(row.productName(), fonts.body, Element.ALIGN_LEFT, null));
            table.addCell(cell(row.status().label(), fonts.body, Element.ALIGN_LEFT, null));
            table.addCell(cell(ReportFormat.quantity(row.soldQuantity()), fonts.body, Element.ALIGN_RIGHT, null));
            amounts(table, row.currency(), fonts.body, null, row.soldAmount(), row.contractedAmount(), row.expectedAmount());
            table.addCell(cell(ReportFormat.quantity(row.billedQuantity()), fonts.body, Element.ALIGN_RIGHT, null));
            amounts(table, row.currency(), fonts.body, null, row.billedAmount(), row.amountVariance());
        }
        Totals subtotal = Totals.of(currency, rows);
        PdfPCell label = cell("Subtotal " + rows.get(0).clientName(), fonts.bold, Element.ALIGN_LEFT, TOTAL_FILL);
        label.setColspan(4);
        table.addCell(label);
        amounts(table, currency, fonts.bold, TOTAL_FILL, subtotal.sold(), subtotal.contracted(), subtotal.expected());
        table.addCell(cell("", fonts.bold, Element.ALIGN_RIGHT, TOTAL_FILL));
        amounts(table, currency, fonts.bold, TOTAL_FILL, subtotal.billed(), subtotal.variance());
        document.add(table);
    }

    private static void grandTotal(Document document, Reconciliation rec, PdfFonts fonts) throws DocumentException {
        Totals total = rec.totals();
        PdfPTable table = new PdfPTable(new float[] {34, 8, 12, 12, 12, 12, 12});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        for (String header : new String[] {"", "Rows", "Sold", "Contracted", "Expected", "Billed", "Variance"}) {
            table.addCell(header(header, fonts));
        }
        totalsCells(table, "Grand total " + rec.currency(), total, rec, fonts.bold, TOTAL_FILL);
        document.add(table);
    }

    private static PdfPTable rowTable(PdfFonts fonts) throws DocumentException {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setHeaderRows(1);
        for (String column : COLUMNS) {
            table.addCell(header(column, fonts));
        }
        return table;
    }

    private static void amounts(PdfPTable table, String currency, com.lowagie.text.Font font, Color fill, BigDecimal... amounts) {
        for (BigDecimal amount : amounts) {
            table.addCell(cell(ReportFormat.amount(amount, currency), font, Element.ALIGN_RIGHT, fill));
        }
    }

    private static PdfPCell header(String text, PdfFonts fonts) {
        return cell(text, fonts.bold, Element.ALIGN_LEFT, HEADER_FILL);
    }

    static PdfPCell cell(String text, com.lowagie.text.Font font, int align, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(2.5f);
        cell.setBorderColor(Color.LIGHT_GRAY);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }
}
