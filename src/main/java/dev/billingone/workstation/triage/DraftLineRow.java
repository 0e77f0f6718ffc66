package dev.billingone.workstation.triage;

import dev.billingone.workstation.core.Money;

/** A line of a draft as the triage drafts tab shows it: what it is, its tax type, its amount and tax. */
public record DraftLineRow(long id, int lineNo, String description, String taxType, Money amount, Money tax) {
}
