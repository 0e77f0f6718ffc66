package dev.billingone.workstation.mapping;

/** An external record linked (or about to be linked) to one of our clients or products, with the score that led to it. */
public record Link(ExternalRecord record, long targetId, String targetName, double score) {
}
