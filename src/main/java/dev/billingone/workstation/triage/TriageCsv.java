package dev.billingone.workstation.triage;

import dev.billingone.workstation.core.Money;
import java.util.List;

/** Each triage list as the CSV its export writes: the columns the window shows, money as plain decimals. */
public final class TriageCsv {
    private TriageCsv() {
    }

    public static CsvTable missedBilling(List<MissedBillingRow> rows) {
        return new CsvTable(List.of("Client", "SKU", "Product", "Period", "Expected", "Billed", "Missing", "Amount",
                "Currency", "Status", "Snoozed until"),
                rows.stream().map(r -> List.of(r.clientName(), r.sku(), r.productName(), r.period(),
                        r.expectedQuantity().stripTrailingZeros().toPlainString(),
                        r.billedQuantity().stripTrailingZeros().toPlainString(),
                        r.missingQuantity().stripTrailingZeros().toPlainString(), amount(r.missedAmount()),
                        r.missedAmount().currencyCode(), r.status().name().toLowerCase(),
                        r.snoozeUntil() == null ? "" : r.snoozeUntil().toString())).toList());
    }

    public static CsvTable drafts(List<DraftRow> rows) {
        return new CsvTable(List.of("Client", "Period", "Kind", "Status", "Lines", "Subtotal", "Tax", "Total", "Currency"),
                rows.stream().map(r -> List.of(r.clientName(), r.period(), r.kind().name().toLowerCase(),
                        r.status().name().toLowerCase(), Integer.toString(r.lines()), amount(r.subtotal()),
                        amount(r.tax()), amount(r.total()), r.total().currencyCode())).toList());
    }

    public static CsvTable invoices(List<ClientScope.InvoiceLine> rows) {
        return new CsvTable(List.of("Source", "Number", "Date", "Status", "Total", "Currency"),
                rows.stream().map(r -> List.of(r.source(), nullToEmpty(r.number()), r.date(), r.status(),
                        amount(r.total()), r.total().currencyCode())).toList());
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
