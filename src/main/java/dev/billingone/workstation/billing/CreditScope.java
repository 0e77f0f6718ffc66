package dev.billingone.workstation.billing;

import java.math.BigDecimal;
import java.util.List;

/** What a credit note against an invoice credits: everything not yet credited, or chosen quantities of lines. */
public sealed interface CreditScope {
    static CreditScope full() {
        return new Full();
    }

    static CreditScope lines(List<CreditedLine> lines) {
        return new Lines(lines);
    }

    /** The whole invoice, less whatever earlier credit notes already credited. */
    record Full() implements CreditScope {
    }

    /** Parts of the invoice: a quantity of each named line, at the line's price and discount. */
    record Lines(List<CreditedLine> lines) implements CreditScope {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /** {@code quantity} of the invoice line {@code invoiceLineId} (positive; at most what is left uncredited). */
    record CreditedLine(long invoiceLineId, BigDecimal quantity) {
    }
}
