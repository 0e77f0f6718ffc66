package dev.billingone.workstation.reconcile;

import java.math.BigDecimal;

/**
 * One record behind a reconciliation row, for drill-down: a subscription, device snapshot, contract line,
 * synced invoice line or generated invoice line, with the quantity and amount it contributed to the period.
 */
public record SourceRecord(Kind kind, long id, String reference, String description, BigDecimal quantity, BigDecimal amount) {
    public enum Kind {
        SUBSCRIPTION("Subscription"),
        DEVICES("Device snapshot"),
        CONTRACT_LINE("Contract line"),
        INVOICE_LINE("Invoice line"),
        GENERATED_LINE("Generated invoice line");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
