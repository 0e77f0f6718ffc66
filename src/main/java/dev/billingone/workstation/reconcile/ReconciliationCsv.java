package dev.billingone.workstation.reconcile;

import com.opencsv.CSVWriter;
import dev.billingone.workstation.core.Money;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * The reconciliation rows as CSV, one line per client × product and no totals line, so that summing a column
 * gives the report's total. Amounts are plain decimals at the currency's scale ("1234.50"), quantities up to 4 decimals.
 */
public final class ReconciliationCsv {
    static final String[] HEADER = {"period", "client_id", "client", "sku", "product", "vendor", "status", "currency",
            "sold_quantity", "sold_amount", "contracted_quantity", "contracted_amount", "expected_quantity", "unit_price",
            "expected_amount", "billed_quantity", "billed_amount", "quantity_variance", "amount_variance", "note"};

    private ReconciliationCsv() {
    }

    public static void write(Reconciliation reconciliation, Writer out) throws IOException {
        try (CSVWriter csv = new CSVWriter(out)) {
            csv.writeNext(HEADER, false);
            for (ReconciliationRow row : reconciliation.rows()) {
                csv.writeNext(new String[] {reconciliation.period().toString(), row.clientId() == null ? "" : row.clientId().toString(),
                        row.clientName(), row.sku(), row.productName(), row.vendor() == null ? "" : row.vendor(), row.status().name(),
                        row.currency(), ReportFormat.quantity(row.soldQuantity()), money(row.soldAmount(), row),
                        ReportFormat.quantity(row.contractedQuantity()), money(row.contractedAmount(), row),
                        ReportFormat.quantity(row.expectedQuantity()), row.expectedUnitPrice().stripTrailingZeros().toPlainString(),
                        money(row.expectedAmount(), row), ReportFormat.quantity(row.billedQuantity()), money(row.billedAmount(), row),
                        ReportFormat.quantity(row.quantityVariance()), money(row.amountVariance(), row),
                        row.note() == null ? "" : row.note()}, false);
            }
        }
    }

    private static String money(BigDecimal amount, ReconciliationRow row) {
        return Money.of(amount, row.currency()).toPlainString();
    }
}
