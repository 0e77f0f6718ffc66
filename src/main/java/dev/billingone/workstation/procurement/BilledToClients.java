package dev.billingone.workstation.procurement;

import java.util.Set;

/** What "bill this to the client" did: how many invoice lines it added, to which draft invoices. */
public record BilledToClients(int lines, Set<Long> invoiceIds) {
}
