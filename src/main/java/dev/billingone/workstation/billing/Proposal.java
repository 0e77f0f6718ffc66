package dev.billingone.workstation.billing;

import java.util.List;

/** What generation proposes for one client and period: the lines to bill, or why the client was parked. */
public sealed interface Proposal {
    long clientId();

    record Lines(long clientId, List<NewInvoiceLine> lines) implements Proposal {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /** The client's data cannot be billed as it is; {@code reason} says what to fix and where. */
    record Parked(long clientId, String reason) implements Proposal {
    }
}
